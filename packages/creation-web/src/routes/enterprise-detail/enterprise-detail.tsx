import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TCertification, TCertificationAction, TEnterpriseTitle } from '@ipbureau/domain/creation';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { useEnterprise } from '../../features/enterprises/api/enterprises.queries';
import { CERTIFICATION_STATUS_TONES, TITLE_KIND_COLORS, useCreationLabels } from '../../features/labels';
import { creationPaths } from '../../paths';
import { CertificationDialog } from './certification-dialog';
import { CertificationTransitionDialog } from './certification-transition-dialog';
import { EditEnterpriseDialog } from './edit-enterprise-dialog';
import { EndTitleDialog } from './end-title-dialog';
import { TitleDialog } from './title-dialog';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'addTitle' }
  | { kind: 'endTitle'; titleId: string }
  | { kind: 'addCertification' }
  | { kind: 'certification'; certification: TCertification; action: TCertificationAction };

/** One enterprise: its titles over time and its GB/T 29490 certificates with their history. */
export function EnterpriseDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const enterprise = useEnterprise(id);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (enterprise.isPending) return <Spin />;
  if (enterprise.isError) return <Typography.Text type="danger">{enterprise.error.message}</Typography.Text>;
  const e = enterprise.data;

  const titleColumns: TableColumnsType<TEnterpriseTitle> = [
    { title: t('enterprise.titleKind'), dataIndex: 'kind', render: (_: unknown, title) => <Tag color={TITLE_KIND_COLORS[title.kind]}>{labels.titleKind(title.kind)}</Tag> },
    { title: t('enterprise.level'), dataIndex: 'level', render: (_: unknown, title) => labels.titleLevel(title.level) },
    { title: t('enterprise.awardedOn'), dataIndex: 'awardedOn' },
    { title: t('enterprise.documentNumber'), dataIndex: 'documentNumber', render: (value: string | null) => value ?? '—' },
    {
      title: t('enterprise.endedOn'),
      dataIndex: 'endedOn',
      render: (_: unknown, title) =>
        title.endedOn && title.endReason ? (
          `${title.endedOn} ${labels.endReason(title.endReason)}`
        ) : (
          <Space>
            <Typography.Text type="success">{t('enterprise.inForce')}</Typography.Text>
            <Button size="small" onClick={() => setDialog({ kind: 'endTitle', titleId: title.id })}>
              {t('enterprise.endTitle')}
            </Button>
          </Space>
        ),
    },
  ];

  const certificationColumns: TableColumnsType<TCertification> = [
    { title: t('enterprise.certificateNumber'), dataIndex: 'certificateNumber' },
    { title: t('enterprise.certificationBody'), dataIndex: 'certificationBody' },
    { title: t('enterprise.issuedOn'), dataIndex: 'issuedOn' },
    { title: t('enterprise.validUntil'), dataIndex: 'validUntil' },
    { title: t('common.status'), dataIndex: 'status', render: (_: unknown, c) => <StatusTag status={c.status} tones={CERTIFICATION_STATUS_TONES} label={labels.certificationStatus(c.status)} /> },
    {
      title: t('enterprise.certificationHistory'),
      key: 'history',
      render: (_: unknown, c) => (
        <div data-testid={`cert-history-${c.certificateNumber}`}>
          {c.history.map((event) => (
            <div key={event.seq}>
              {event.effectiveDate} {labels.certificationAction(event.action)}
              {event.validUntil ? ` → ${event.validUntil}` : ''}
            </div>
          ))}
        </div>
      ),
    },
    {
      title: t('patent.actions'),
      key: 'actions',
      render: (_: unknown, c) => (
        <Space wrap>
          {c.allowedActions.map((action) => (
            <Button key={action} size="small" onClick={() => setDialog({ kind: 'certification', certification: c, action })}>
              {labels.certificationAction(action)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={e.name}
        description={`${e.creditCode} · ${labels.district(e.district)}`}
        extra={
          <Space>
            <Button onClick={() => setDialog({ kind: 'edit' })}>{t('enterprise.edit')}</Button>
            <Link to={creationPaths.enterprises}>{t('nav.back')}</Link>
          </Space>
        }
      />
      <Flex vertical gap="large">
        <Card>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t('enterprise.creditCode')}>{e.creditCode}</Descriptions.Item>
            <Descriptions.Item label={t('common.district')}>{labels.district(e.district)}</Descriptions.Item>
            <Descriptions.Item label={t('enterprise.industry')}>{e.industry ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('enterprise.patentStock')}>
              <span data-testid="patent-stock">{t('enterprise.patentStockValue', { valid: e.patentStock.validInvention, highValue: e.patentStock.highValueInvention })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprise.currentTitles')}>
              <span data-testid="current-titles">{e.currentTitles.length ? e.currentTitles.map((kind) => labels.titleKind(kind)).join('、') : t('enterprise.none')}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card
          title={t('enterprise.titles')}
          extra={
            <Button type="primary" onClick={() => setDialog({ kind: 'addTitle' })}>
              {t('enterprise.addTitle')}
            </Button>
          }
        >
          <Table<TEnterpriseTitle> size="small" rowKey="id" columns={titleColumns} dataSource={e.titles} pagination={false} />
        </Card>
        <Card
          title={t('enterprise.certifications')}
          extra={
            <Button type="primary" onClick={() => setDialog({ kind: 'addCertification' })}>
              {t('enterprise.addCertification')}
            </Button>
          }
        >
          <Table<TCertification> size="small" rowKey="id" columns={certificationColumns} dataSource={e.certifications} pagination={false} />
        </Card>
      </Flex>
      {dialog?.kind === 'edit' ? <EditEnterpriseDialog enterprise={e} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'addTitle' ? <TitleDialog enterpriseId={e.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'endTitle' ? <EndTitleDialog enterpriseId={e.id} titleId={dialog.titleId} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'addCertification' ? <CertificationDialog enterpriseId={e.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'certification' ? <CertificationTransitionDialog enterpriseId={e.id} certification={dialog.certification} action={dialog.action} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
