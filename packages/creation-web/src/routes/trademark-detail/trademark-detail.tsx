import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TTrademarkAction, TTrademarkDetail } from '@ipbureau/domain/creation';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { useTransitionTrademark } from '../../features/trademarks/api/trademarks.mutations';
import { useTrademark } from '../../features/trademarks/api/trademarks.queries';
import { TRADEMARK_STATUS_TONES, useCreationLabels } from '../../features/labels';
import { EffectiveDateDialog } from '../../forms/effective-date-dialog';
import { creationPaths } from '../../paths';

/** One trademark: its term, its status history, and a button per change its status allows. */
export function TrademarkDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const trademark = useTrademark(id);
  const [action, setAction] = useState<TTrademarkAction | null>(null);

  if (trademark.isPending) return <Spin />;
  if (trademark.isError) return <Typography.Text type="danger">{trademark.error.message}</Typography.Text>;
  const tm = trademark.data;

  return (
    <>
      <PageHeader
        title={`${tm.registrationNumber} · ${tm.holderName}`}
        description={labels.trademarkKind(tm.kind)}
        extra={
          <Space>
            <StatusTag status={tm.status} tones={TRADEMARK_STATUS_TONES} label={labels.trademarkStatus(tm.status)} />
            <Link to={creationPaths.trademarks}>{t('nav.back')}</Link>
          </Space>
        }
      />
      <Flex gap="large" wrap align="flex-start">
        <Card style={{ flex: '2 1 480px' }}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t('trademark.registrationNumber')}>{tm.registrationNumber}</Descriptions.Item>
            <Descriptions.Item label={t('trademark.kind')}>{labels.trademarkKind(tm.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('trademark.holder')}>{tm.holderName}</Descriptions.Item>
            <Descriptions.Item label={t('trademark.holderCreditCode')}>{tm.holderCreditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('trademark.registrationDate')}>{tm.registrationDate}</Descriptions.Item>
            <Descriptions.Item label={t('trademark.expiryDate')}>
              <span data-testid="expiry">{tm.expiryDate}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.district')}>{labels.district(tm.district)}</Descriptions.Item>
            <Descriptions.Item label={t('trademark.wellKnown')}>{tm.wellKnown ? t('common.yes') : t('common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('trademark.niceClasses')} span={2}>
              {tm.niceClasses.map((c) => (
                <Tag key={c}>{c}</Tag>
              ))}
            </Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ marginTop: 24 }}>
            {tm.allowedActions.map((a) => (
              <Button key={a} onClick={() => setAction(a)}>
                {labels.trademarkAction(a)}
              </Button>
            ))}
          </Space>
        </Card>
        <Card title={t('trademark.history')} style={{ flex: '1 1 320px' }}>
          <Timeline
            items={tm.statusHistory.map((event) => ({
              key: event.seq,
              content: (
                <div data-testid={`event-${event.seq}`}>
                  <Typography.Text strong>{event.effectiveDate}</Typography.Text> {labels.trademarkAction(event.action)}
                  {event.expiryDate ? ` · ${t('trademark.termUntil', { date: event.expiryDate })}` : ''}
                  {event.note ? <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{event.note}</Typography.Paragraph> : null}
                </div>
              ),
            }))}
          />
        </Card>
      </Flex>
      {action ? <TrademarkTransitionDialog trademark={tm} action={action} onClose={() => setAction(null)} /> : null}
    </>
  );
}

function TrademarkTransitionDialog({ trademark, action, onClose }: { trademark: TTrademarkDetail; action: TTrademarkAction; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const transition = useTransitionTrademark({ onSuccess: () => void message.success(t('trademark.transitioned')) });
  return (
    <EffectiveDateDialog
      title={labels.trademarkAction(action)}
      pending={transition.isPending}
      submit={(values) => transition.mutateAsync({ id: trademark.id, body: { action, version: trademark.version, ...values } })}
      onClose={onClose}
    />
  );
}
