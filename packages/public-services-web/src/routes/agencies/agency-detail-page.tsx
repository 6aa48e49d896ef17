import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AGENCY_KIND_LABELS, SANCTION_KIND_LABELS, VIOLATION_KIND_LABELS, type TAgency, type TAgent, type TSupervisionRecord } from '@ipbureau/domain/public-services';
import { formatYuan } from '@ipbureau/domain';
import { useAgencies, useAgency, useAgencyIf, useAgents, useSupervisionRecords } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { PillarScreen } from '../../shared/pillar-nav';
import { AgencyStatusTag, SupervisionStatusTag } from '../../shared/tags';
import { AgentFormDrawer } from '../agents/agent-form-drawer';
import { MoveAgentDrawer } from '../agents/move-agent-drawer';
import { SupervisionFormDrawer } from '../supervision/supervision-form-drawer';

/** One agency: its register entry, the agents practising there today, and its supervision records. */
export function AgencyDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const agency = useAgency(id);
  const agents = useAgents({ agencyId: id, pageSize: 200 }, agency.isSuccess);
  const records = useSupervisionRecords({ agencyId: id, pageSize: 50 });
  const branches = useAgencies({ headAgencyId: id, pageSize: 100 });
  const head = useAgencyIf(agency.data?.headAgencyId ?? null).data;
  const [adding, setAdding] = useState<'agent' | 'record' | null>(null);
  const [moving, setMoving] = useState<TAgent | null>(null);
  const canWrite = useCanWrite();

  if (agency.isError) return <Alert type="error" showIcon message={t('agencies.notFound')} />;
  const a = agency.data;

  const agentColumns: TableColumnsType<TAgent> = [
    { title: t('agents.name'), dataIndex: 'name', key: 'name' },
    { title: t('agents.licenceNumber'), dataIndex: 'licenceNumber', key: 'licenceNumber' },
    { title: t('agents.since'), key: 'since', render: (_, g) => g.current?.startDate ?? t('common.none') },
  ];
  if (canWrite) {
    agentColumns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, g) => (
        <Button size="small" onClick={() => setMoving(g)}>
          {t('agents.move')}
        </Button>
      ),
    });
  }
  const recordColumns: TableColumnsType<TSupervisionRecord> = [
    { title: t('supervision.foundDate'), dataIndex: 'foundDate', key: 'foundDate' },
    { title: t('supervision.kind'), key: 'kind', render: (_, r) => t(`supervision.${r.kind}`) },
    { title: t('supervision.violationKind'), key: 'violationKind', render: (_, r) => label.of(r.violationKind ? VIOLATION_KIND_LABELS[r.violationKind] : undefined, t('common.none')) },
    { title: t('supervision.subject'), key: 'subject', render: (_, r) => r.agentName ?? r.agencyName },
    {
      title: t('supervision.sanction'),
      key: 'sanction',
      render: (_, r) => (r.sanction ? `${label.of(SANCTION_KIND_LABELS[r.sanction])}${r.fineAmount ? ` ${formatYuan(r.fineAmount)}` : ''}` : t('common.none')),
    },
    { title: t('supervision.status'), key: 'status', render: (_, r) => <SupervisionStatusTag status={r.status} /> },
  ];

  return (
    <PillarScreen
      title={a?.name ?? t('agencies.title')}
      extra={
        canWrite && a ? (
          <Space>
            <Button onClick={() => setAdding('record')}>{t('supervision.record')}</Button>
            {a.status === 'active' && a.kind !== 'trademark' ? (
              <Button type="primary" onClick={() => setAdding('agent')}>
                {t('agencies.addAgent')}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card loading={agency.isPending}>
          {a ? (
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'creditCode', label: t('agencies.creditCode'), children: a.creditCode },
                { key: 'kind', label: t('agencies.kind'), children: label.of(AGENCY_KIND_LABELS[a.kind]) },
                { key: 'licence', label: t('agencies.licenceNumber'), children: a.licenceNumber ?? t('common.none') },
                { key: 'district', label: t('common.district'), children: label.district(a.district) },
                { key: 'established', label: t('agencies.establishedDate'), children: a.establishedDate },
                { key: 'status', label: t('agencies.status'), children: <AgencyStatusTag status={a.status} /> },
                ...(a.deregisteredDate ? [{ key: 'deregistered', label: t('agencies.deregisteredDate'), children: a.deregisteredDate }] : []),
                ...(a.headAgencyId ? [{ key: 'head', label: t('agencies.headAgencyShort'), children: <Link to={`../agencies/${a.headAgencyId}`}>{head?.name ?? a.headAgencyId}</Link> }] : []),
              ]}
            />
          ) : null}
        </Card>
        {a && a.headAgencyId === null ? (
          <Card title={t('agencies.branches')}>
            <Table<TAgency>
              size="small"
              rowKey="id"
              loading={branches.isFetching}
              pagination={false}
              locale={{ emptyText: t('agencies.noBranches') }}
              dataSource={branches.data?.items ?? []}
              columns={[
                { title: t('agencies.name'), key: 'name', render: (_, b) => <Link to={`../agencies/${b.id}`}>{b.name}</Link> },
                { title: t('agencies.creditCode'), dataIndex: 'creditCode', key: 'creditCode' },
                { title: t('common.district'), key: 'district', render: (_, b) => label.district(b.district) },
                { title: t('agencies.status'), key: 'status', render: (_, b) => <AgencyStatusTag status={b.status} /> },
              ]}
            />
          </Card>
        ) : null}
        <Card title={t('agencies.agents')}>
          <Table<TAgent> size="small" rowKey="id" columns={agentColumns} dataSource={agents.data?.items ?? []} loading={agents.isFetching} pagination={false} />
        </Card>
        <Card title={t('agencies.supervision')}>
          <Table<TSupervisionRecord> size="small" rowKey="id" columns={recordColumns} dataSource={records.data?.items ?? []} loading={records.isFetching} pagination={false} />
        </Card>
      </Space>
      {a ? (
        <>
          <AgentFormDrawer agency={a} open={adding === 'agent'} onClose={() => setAdding(null)} />
          <MoveAgentDrawer agent={moving} onClose={() => setMoving(null)} />
          <SupervisionFormDrawer agency={a} agents={agents.data?.items ?? []} open={adding === 'record'} onClose={() => setAdding(null)} />
        </>
      ) : null}
    </PillarScreen>
  );
}
