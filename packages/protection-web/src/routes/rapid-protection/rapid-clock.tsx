import { useTranslation } from 'react-i18next';
import { Space, Tag } from 'antd';
import type { TRapidClock } from '@ipbureau/domain/protection';

/** A request's service-level clock: the due date and working days left, red when overdue, the outcome's timeliness once decided. */
export function RapidClockBadge({ clock }: { clock: TRapidClock }) {
  const { t } = useTranslation('protection');
  const tag =
    clock.state === 'overdue' ? (
      <Tag color="error">{t('rapid.clockOverdue', { days: -clock.workingDaysLeft })}</Tag>
    ) : clock.state === 'running' ? (
      <Tag color={clock.workingDaysLeft <= 1 ? 'warning' : 'processing'}>{t('rapid.clockLeft', { days: clock.workingDaysLeft })}</Tag>
    ) : clock.state === 'met' ? (
      <Tag color="success">{t('rapid.clockMet', { days: clock.workingDaysUsed })}</Tag>
    ) : clock.state === 'missed' ? (
      <Tag color="error">{t('rapid.clockMissed', { days: clock.workingDaysUsed })}</Tag>
    ) : (
      <Tag>{t('rapid.clockStopped')}</Tag>
    );
  return (
    <Space size={4} data-testid="rapid-clock">
      <span>{t('rapid.clockDue', { due: clock.due })}</span>
      {tag}
    </Space>
  );
}
