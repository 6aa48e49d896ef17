import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TPatentAction } from '@ipbureau/domain/creation';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { usePatent } from '../../features/patents/api/patents.queries';
import { PATENT_STATUS_TONES, useCreationLabels } from '../../features/labels';
import { creationPaths } from '../../paths';
import { EditDialog } from './edit-dialog';
import { HighValuePanel } from './high-value-panel';
import { PatentFactsCard } from './patent-facts-card';
import { TransitionDialog } from './transition-dialog';

/** One patent: its fields, its legal-status timeline, and a button per change its status allows. */
export function PatentDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const patent = usePatent(id);
  const [action, setAction] = useState<TPatentAction | null>(null);
  const [editing, setEditing] = useState(false);

  if (patent.isPending) return <Spin />;
  if (patent.isError) return <Typography.Text type="danger">{patent.error.message}</Typography.Text>;
  const p = patent.data;

  return (
    <>
      <PageHeader
        title={p.title}
        description={`${p.applicationNumber} · ${labels.patentType(p.patentType)}`}
        extra={
          <Space>
            <StatusTag status={p.status} tones={PATENT_STATUS_TONES} label={labels.patentStatus(p.status)} />
            <Button onClick={() => setEditing(true)}>{t('patent.edit')}</Button>
            <Link to={creationPaths.patents}>{t('nav.back')}</Link>
          </Space>
        }
      />
      <Flex gap="large" wrap align="flex-start">
        <Card style={{ flex: '2 1 480px' }}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t('patent.applicationNumber')}>{p.applicationNumber}</Descriptions.Item>
            <Descriptions.Item label={t('patent.patentType')}>{labels.patentType(p.patentType)}</Descriptions.Item>
            <Descriptions.Item label={t('patent.applicant')}>{p.applicantName}</Descriptions.Item>
            <Descriptions.Item label={t('patent.applicantCreditCode')}>{p.applicantCreditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('patent.agencyCreditCode')}>{p.agencyCreditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('patent.agentLicenceNumber')}>{p.agentLicenceNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('patent.filingDate')}>{p.filingDate}</Descriptions.Item>
            <Descriptions.Item label={t('patent.grantDate')}>{p.grantDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('common.district')}>{labels.district(p.district)}</Descriptions.Item>
            <Descriptions.Item label={t('patent.annualFeePaidUntil')}>{p.annualFeePaidUntil ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('patent.ipcSymbols')} span={2}>
              {p.ipcSymbols.length ? p.ipcSymbols.map((symbol) => <Tag key={symbol}>{symbol}</Tag>) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('patent.actions')}
          </Typography.Title>
          {p.allowedActions.length ? (
            <Space wrap>
              {p.allowedActions.map((a) => (
                <Button key={a} onClick={() => setAction(a)}>
                  {labels.patentAction(a)}
                </Button>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('patent.noActions')}</Typography.Text>
          )}
        </Card>
        <Card title={t('patent.history')} style={{ flex: '1 1 320px' }}>
          <Timeline
            items={p.statusHistory.map((event) => ({
              key: event.seq,
              color: PATENT_STATUS_TONES[event.toStatus] === 'error' ? 'red' : PATENT_STATUS_TONES[event.toStatus] === 'success' ? 'green' : 'blue',
              content: (
                <div data-testid={`event-${event.seq}`}>
                  <Typography.Text strong>{event.effectiveDate}</Typography.Text> {labels.patentAction(event.action)} → {labels.patentStatus(event.toStatus)}
                  {event.note ? <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{event.note}</Typography.Paragraph> : null}
                </div>
              ),
            }))}
          />
        </Card>
      </Flex>
      <Flex gap="large" wrap align="flex-start" style={{ marginTop: 16 }}>
        <div style={{ flex: '1 1 420px' }}>
          <HighValuePanel patentId={p.id} />
        </div>
        <div style={{ flex: '1 1 420px' }}>
          <PatentFactsCard patent={p} />
        </div>
      </Flex>
      {action ? <TransitionDialog patent={p} action={action} onClose={() => setAction(null)} /> : null}
      {editing ? <EditDialog patent={p} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
