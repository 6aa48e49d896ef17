import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Space, Spin, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TSubsidyAction } from '@ipbureau/domain/creation';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { useSubsidy } from '../../features/subsidies/api/subsidies.queries';
import { SUBSIDY_STATUS_TONES } from '../../features/subsidies/subsidies.messages';
import { useCreationLabels } from '../../features/labels';
import { creationPaths } from '../../paths';
import { ReviewDialog } from './review-dialog';

/** One subsidy application: its facts, its dated and attributed review history, and a button per step its status allows. */
export function SubsidyDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const subsidy = useSubsidy(id);
  const [action, setAction] = useState<TSubsidyAction | null>(null);

  if (subsidy.isPending) return <Spin />;
  if (subsidy.isError) return <Typography.Text type="danger">{subsidy.error.message}</Typography.Text>;
  const app = subsidy.data;

  return (
    <>
      <PageHeader
        title={`${app.entityName} · ${app.applicationNumber}`}
        description={t(`subsidy.kinds.${app.kind}`)}
        extra={
          <Space>
            <span data-testid="status">
              <StatusTag status={app.status} tones={SUBSIDY_STATUS_TONES} label={t(`subsidy.status.${app.status}`)} />
            </span>
            <Link to={creationPaths.subsidies}>{t('nav.back')}</Link>
          </Space>
        }
      />
      <Flex gap="large" wrap align="flex-start">
        <Card style={{ flex: '2 1 480px' }}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t('subsidy.entity')}>{app.entityName}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy.creditCode')}>{app.creditCode}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy.applicationNumber')}>{app.applicationNumber}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy.kind')}>{t(`subsidy.kinds.${app.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy.applicationDate')}>{app.applicationDate}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy.amount')}>
              <span data-testid="amount">{app.amount}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.district')}>{labels.district(app.district)}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy.paidOn')}>{app.paidOn ? `${app.paidOn} · ${app.voucherNumber ?? ''}` : '—'}</Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ marginTop: 24 }}>
            {app.allowedActions.length === 0 ? <Typography.Text type="secondary">{t('subsidy.noActions')}</Typography.Text> : null}
            {app.allowedActions.map((a) => (
              <Button key={a} onClick={() => setAction(a)}>
                {t(`subsidy.action.${a}`)}
              </Button>
            ))}
          </Space>
        </Card>
        <Card title={t('subsidy.history')} style={{ flex: '1 1 320px' }}>
          <Timeline
            items={app.history.map((step) => ({
              key: step.seq,
              content: (
                <div data-testid={`step-${step.seq}`}>
                  <Typography.Text strong>{step.effectiveDate}</Typography.Text> {t(`subsidy.action.${step.action}`)} · {step.actorName ?? step.actorId}
                  {step.opinion ? <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{step.opinion}</Typography.Paragraph> : null}
                </div>
              ),
            }))}
          />
        </Card>
      </Flex>
      {action ? <ReviewDialog application={app} action={action} onClose={() => setAction(null)} /> : null}
    </>
  );
}
