import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Timeline, Tooltip, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import type { TPledgeAction, TPledgeDetail, TPledgeEvent } from '@ipbureau/domain/utilization';
import { formatDateTime, PageHeader, StatusTag } from '@ipbureau/ui';
import { usePledge } from '../../features/pledges/api/pledges.queries';
import { PLEDGE_STATUS_TONES, useMayEnter, useMayTakeStep, usePledgeLabels } from '../../features/pledges/pledge-labels';
import { utilizationPaths } from '../../paths';
import { LenderModal } from './lender-modal';
import { TransitionModal } from './transition-modal';

/** Destructive steps are drawn as danger buttons. */
const DANGER: readonly TPledgeAction[] = ['default', 'withdraw'];

function EventLine({ event }: { event: TPledgeEvent }) {
  const { t } = useTranslation('utilization');
  const labels = usePledgeLabels();
  return (
    <div data-testid={`event-${event.seq}`}>
      <Typography.Text strong>
        {event.effectiveDate} {labels.action(event.action)}
      </Typography.Text>{' '}
      <StatusTag status={event.toStatus} tones={PLEDGE_STATUS_TONES} label={labels.status(event.toStatus)} />
      <div>
        {event.amount ? <div>{t('detail.amount', { amount: formatYuan(event.amount) })}</div> : null}
        {event.registrationNumber ? <div>{t('detail.registrationNumber', { number: event.registrationNumber })}</div> : null}
        {event.maturityDate ? <div>{t('detail.newMaturity', { date: event.maturityDate })}</div> : null}
        {event.note ? <div>{event.note}</div> : null}
        <Typography.Text type="secondary">{t('detail.recordedBy', { name: event.recordedByName || '—', at: formatDateTime(event.recordedAt) })}</Typography.Text>
      </div>
    </div>
  );
}

function PledgeView({ pledge }: { pledge: TPledgeDetail }) {
  const { t } = useTranslation('utilization');
  const labels = usePledgeLabels();
  const [action, setAction] = useState<TPledgeAction | null>(null);
  const mayTake = useMayTakeStep();
  const [correcting, setCorrecting] = useState(false);
  const mayCorrect = useMayEnter();
  const yuan = (amount: string) => formatYuan(amount);
  const items = [
    { key: 'pledgor', label: t('pledges.pledgor'), children: pledge.pledgorName },
    { key: 'creditCode', label: t('pledges.creditCode'), children: pledge.pledgorCreditCode },
    { key: 'right', label: t('pledges.rightKind'), children: `${labels.rightKind(pledge.rightKind)} ${pledge.rightNumber}` },
    { key: 'lender', label: t('pledges.lender'), children: pledge.lenderName },
    { key: 'lenderCreditCode', label: t('pledges.lenderCreditCode'), children: pledge.lenderCreditCode ?? t('pledges.lenderNoCode') },
    { key: 'district', label: t('pledges.district'), children: labels.district(pledge.district) },
    { key: 'loanAmount', label: t('pledges.loanAmount'), children: yuan(pledge.loanAmount) },
    { key: 'applicationDate', label: t('pledges.applicationDate'), children: pledge.applicationDate },
    { key: 'registration', label: t('pledges.registrationNumber'), children: pledge.registrationNumber ? `${pledge.registrationNumber}（${pledge.registrationDate ?? ''}）` : '—' },
    { key: 'disbursementDate', label: t('pledges.disbursementDate'), children: pledge.disbursementDate ?? '—' },
    { key: 'maturityDate', label: t('pledges.maturityDate'), children: pledge.maturityDate ?? '—' },
    { key: 'disbursed', label: t('pledges.disbursed'), children: yuan(pledge.disbursedAmount) },
    { key: 'repaid', label: t('pledges.repaid'), children: yuan(pledge.repaidAmount) },
    { key: 'outstanding', label: t('pledges.outstanding'), children: <span data-testid="outstanding">{yuan(pledge.outstandingPrincipal)}</span> },
  ];
  return (
    <>
      <PageHeader
        title={pledge.pledgorName}
        description={`${labels.rightKind(pledge.rightKind)} ${pledge.rightNumber} · ${pledge.lenderName}`}
        extra={<StatusTag status={pledge.status} tones={PLEDGE_STATUS_TONES} label={labels.status(pledge.status)} />}
      />
      <Flex vertical gap="middle">
        <Card title={t('detail.actions')}>
          {pledge.allowedActions.length === 0 ? (
            <Typography.Text type="secondary">{t('detail.noActions')}</Typography.Text>
          ) : (
            <Space wrap>
              {pledge.allowedActions.map((a) => (
                <Tooltip key={a} title={mayTake(a) ? undefined : t('detail.approverOnly')}>
                  <Button type={DANGER.includes(a) ? 'default' : 'primary'} danger={DANGER.includes(a)} disabled={!mayTake(a)} onClick={() => setAction(a)}>
                    {labels.action(a)}
                  </Button>
                </Tooltip>
              ))}
            </Space>
          )}
        </Card>
        <Card
          extra={
            <Tooltip title={mayCorrect ? undefined : t('detail.officerOnly')}>
              <Button disabled={!mayCorrect} onClick={() => setCorrecting(true)}>
                {t('detail.correctLender')}
              </Button>
            </Tooltip>
          }
        >
          <Descriptions column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <Card title={t('detail.timeline')}>
          <Timeline items={pledge.events.map((event) => ({ key: event.id, content: <EventLine event={event} /> }))} />
        </Card>
        <Link to={utilizationPaths.pledges}>{t('detail.back')}</Link>
      </Flex>
      {correcting ? <LenderModal key={pledge.version} pledge={pledge} onClose={() => setCorrecting(false)} /> : null}
      {action ? <TransitionModal key={`${action}-${pledge.version}`} pledge={pledge} action={action} onClose={() => setAction(null)} /> : null}
    </>
  );
}

/** One pledge: its figures, the steps it may take next and its dated timeline. */
export function PledgeDetail() {
  const { id = '' } = useParams();
  const pledge = usePledge(id);
  if (pledge.isError) return <Alert type="error" showIcon title={pledge.error.message} />;
  if (!pledge.data) return <Skeleton active />;
  return <PledgeView pledge={pledge.data} />;
}
