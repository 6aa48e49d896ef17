import { App, Button, Form, Select, Space, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatYuan, todayInChina } from '@ipbureau/domain';
import {
  SANCTION_KIND_LABELS,
  SUPERVISION_ACTION_LABELS,
  SUPERVISION_STATUS_LABELS,
  SUPERVISION_STATUSES,
  VIOLATION_KIND_LABELS,
  VIOLATION_KINDS,
  type TSupervisionAction,
  type TSupervisionRecord,
} from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar } from '@ipbureau/ui';
import { useSupervisionRecords, useSupervisionTransition } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { DISTRICTS, useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';
import { SupervisionStatusTag } from '../../shared/tags';

type Filters = { status?: string; violationKind?: string; district?: string };

/** 监管记录: violations found, with the actions their status allows (rectify, reopen, close). */
export function ViolationsPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const { message } = App.useApp();
  const paging = usePagedFilters<Filters>({});
  const records = useSupervisionRecords({ kind: 'violation', ...paging.params });
  const transition = useSupervisionTransition();
  const canWrite = useCanWrite();

  const act = (record: TSupervisionRecord, action: TSupervisionAction) =>
    transition.mutate(
      { id: record.id, action, version: record.version, date: todayInChina() },
      {
        onSuccess: () => void message.success(t('supervision.actionDone', { action: label.of(SUPERVISION_ACTION_LABELS[action]) })),
        onError: (error) => void message.error(error.message),
      },
    );

  const columns: TableColumnsType<TSupervisionRecord> = [
    { title: t('supervision.foundDate'), dataIndex: 'foundDate', key: 'foundDate' },
    { title: t('supervision.violationKind'), key: 'violationKind', render: (_, r) => label.of(r.violationKind ? VIOLATION_KIND_LABELS[r.violationKind] : undefined) },
    {
      title: t('supervision.subject'),
      key: 'subject',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {r.agencyId ? <Link to={`../agencies/${r.agencyId}`}>{r.agencyName}</Link> : null}
          {r.agentName ? <span>{r.agentName}</span> : null}
        </Space>
      ),
    },
    { title: t('common.district'), key: 'district', render: (_, r) => label.district(r.district) },
    { title: t('supervision.sanction'), key: 'sanction', render: (_, r) => (r.sanction ? label.of(SANCTION_KIND_LABELS[r.sanction]) : t('common.none')) },
    { title: t('supervision.fine'), key: 'fine', align: 'right', render: (_, r) => (r.fineAmount ? formatYuan(r.fineAmount) : t('common.none')) },
    {
      title: t('supervision.status'),
      key: 'status',
      render: (_, r) => (
        <Space size={4} wrap>
          <SupervisionStatusTag status={r.status} />
          {r.blacklistReferral ? (
            <Tooltip title={t('supervision.referredOn', { date: r.blacklistReferral.referredOn })}>
              <Tag color="volcano">{t('supervision.referred')}</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
  ];
  if (canWrite) {
    columns.push(
      {
        title: t('common.actions'),
        key: 'actions',
        render: (_, r) => (
          <Space size={4}>
            {r.allowedActions.map((action) => (
              <Button key={action} size="small" type={action === 'close' ? 'primary' : 'default'} loading={transition.isPending && transition.variables?.id === r.id && transition.variables.action === action} onClick={() => act(r, action)}>
                {label.of(SUPERVISION_ACTION_LABELS[action])}
              </Button>
            ))}
          </Space>
        ),
      },
    );
  }

  return (
    <PillarScreen title={t('supervision.title')} description={t('supervision.description')}>
      <FilterBar<Filters> name="violations" actions={<ExportButton fileName={t('supervision.title')} download={() => exportXlsx(client, servicePath('public-services', '/supervision-records'), { kind: 'violation', ...paging.params })} />} onSearch={paging.search}>
        <Form.Item name="status" label={t('supervision.status')}>
          <Select allowClear style={{ width: 120 }} options={SUPERVISION_STATUSES.map((s) => ({ value: s, label: label.of(SUPERVISION_STATUS_LABELS[s]) }))} />
        </Form.Item>
        <Form.Item name="violationKind" label={t('supervision.violationKind')}>
          <Select allowClear style={{ width: 180 }} options={VIOLATION_KINDS.map((k) => ({ value: k, label: label.of(VIOLATION_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear style={{ width: 140 }} placeholder={t('common.allDistricts')} options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
      </FilterBar>
      <DataTable<TSupervisionRecord>
        columns={columns}
        rows={records.data?.items ?? []}
        rowKey="id"
        loading={records.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={records.data?.total ?? 0}
        onChange={paging.onChange}
      />
    </PillarScreen>
  );
}
