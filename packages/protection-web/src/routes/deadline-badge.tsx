import { useTranslation } from 'react-i18next';
import { Space, Tag, Tooltip } from 'antd';
import type { TCaseDeadline } from '@ipbureau/domain/protection';
import { useUiLocale } from '@ipbureau/ui';

/** A case's time limit: the due date and a badge, red when overdue, orange when due soon, grey while suspended; marked once extended. */
export function DeadlineBadge({ deadline }: { deadline: TCaseDeadline | null }) {
  const { t } = useTranslation('protection');
  const locale = useUiLocale();
  if (!deadline) return <>{t('deadline.none')}</>;
  const { due, state, daysLeft, suspended, suspendedDays } = deadline;
  const tag = suspended ? (
    <Tag>{t('deadline.suspended')}</Tag>
  ) : state === 'overdue' ? (
    <Tag color="error">{t('deadline.overdue', { days: -daysLeft })}</Tag>
  ) : (
    <Tag color={state === 'due_soon' ? 'warning' : 'default'}>{t('deadline.left', { days: daysLeft })}</Tag>
  );
  const basis = locale === 'en' ? deadline.basis.en : deadline.basis['zh-CN'];
  return (
    <Tooltip title={suspendedDays ? `${basis}；${t('deadline.suspendedDays', { days: suspendedDays })}` : basis}>
      <Space size={4} data-testid="deadline">
        <span>{t('deadline.due', { due })}</span>
        {tag}
        {deadline.extended && <Tag color="processing">{t('deadline.extended')}</Tag>}
      </Space>
    </Tooltip>
  );
}
