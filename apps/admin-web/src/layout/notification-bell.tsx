import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TAlertSeverity, TNotification } from '@ipbureau/domain';
import { useDismissNotification, useNotifications, useNotificationSummary, useReadAllNotifications, useReadNotification } from '@ipbureau/api-client';
import { DateTime } from '@ipbureau/ui';

const SEVERITY_COLOUR: Record<TAlertSeverity, string> = { info: 'blue', warning: 'orange', danger: 'red' };

function NotificationItem({ item, onOpen }: { item: TNotification; onOpen: (item: TNotification) => void }) {
  const { t } = useTranslation();
  const read = useReadNotification();
  const dismiss = useDismissNotification();
  const unread = item.readAt === null;
  return (
    <List.Item
      data-testid="notification"
      data-unread={unread}
      actions={[
        unread ? (
          <Button key="read" size="small" type="link" loading={read.isPending} onClick={() => read.mutate(item.id)}>
            {t('notifications.markRead')}
          </Button>
        ) : null,
        <Button key="dismiss" size="small" type="link" danger loading={dismiss.isPending} onClick={() => dismiss.mutate(item.id)}>
          {t('notifications.dismiss')}
        </Button>,
      ].filter(Boolean)}
    >
      <List.Item.Meta
        title={
          <Space size={4} wrap>
            <Tag color={SEVERITY_COLOUR[item.severity]}>{t(`notifications.severity.${item.severity}`)}</Tag>
            {item.link ? (
              <Typography.Link strong={unread} onClick={() => onOpen(item)}>
                {item.title}
              </Typography.Link>
            ) : (
              <Typography.Text strong={unread}>{item.title}</Typography.Text>
            )}
          </Space>
        }
        description={
          <Flex vertical gap={2}>
            {item.body ? <Typography.Text type="secondary">{item.body}</Typography.Text> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.dueDate ? `${t('notifications.due', { date: item.dueDate })} · ` : ''}
              <DateTime value={item.raisedAt} />
            </Typography.Text>
          </Flex>
        }
      />
    </List.Item>
  );
}

/**
 * The bell in the shell's header: the unread count, and on click the to-do list — unread first,
 * then by due date — where each alert is opened, marked read or dismissed, for this user only.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const summary = useNotificationSummary();
  const list = useNotifications({ status: 'all', pageSize: 20 }, open);
  const readAll = useReadAllNotifications();
  const read = useReadNotification();
  const unread = summary.data?.unread ?? 0;

  const openItem = (item: TNotification) => {
    if (item.readAt === null) read.mutate(item.id);
    setOpen(false);
    if (item.link) void navigate(item.link);
  };

  const content = (
    <div style={{ width: 380, maxHeight: 480, overflowY: 'auto' }} data-testid="notification-list">
      {list.isError ? (
        <Typography.Text type="danger">{t('notifications.loadFailed')}</Typography.Text>
      ) : (
        <List
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
          renderItem={(item) => <NotificationItem key={item.id} item={item} onOpen={openItem} />}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Flex justify="space-between" align="center">
          <span>{t('notifications.title')}</span>
          <Button size="small" type="link" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            {t('notifications.readAll')}
          </Button>
        </Flex>
      }
      content={content}
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} aria-label={unread > 0 ? `${t('notifications.bell')}：${t('notifications.unread', { count: unread })}` : t('notifications.bell')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
