import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TSubsidyApplication, TSubsidyKind, TSubsidyListQuery, TSubsidyStatus } from '@ipbureau/domain/creation';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader, StatusTag } from '@ipbureau/ui';
import { useSubsidies } from '../../features/subsidies/api/subsidies.queries';
import { SUBSIDY_STATUS_OPTIONS, SUBSIDY_STATUS_TONES } from '../../features/subsidies/subsidies.messages';
import { useCreationLabels, useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Filters = { status?: TSubsidyStatus; district?: string; creditCode?: string };

/** Subsidy applications in the user's scope, filtered and paged by the server. */
export function SubsidyList() {
  const { t } = useTranslation('creation');
  const client = useApiClient();
  const labels = useCreationLabels();
  const districts = useRegionDistricts();
  const [query, setQuery] = useState<TSubsidyListQuery>({ page: 1, pageSize: 20 });
  const subsidies = useSubsidies(query);

  const columns: TableColumnsType<TSubsidyApplication> = [
    { title: t('subsidy.entity'), dataIndex: 'entityName', render: (name: string, app) => <Link to={creationPaths.subsidy(app.id)}>{name}</Link> },
    { title: t('subsidy.applicationNumber'), dataIndex: 'applicationNumber' },
    { title: t('subsidy.kind'), dataIndex: 'kind', render: (kind: TSubsidyKind) => t(`subsidy.kinds.${kind}`) },
    { title: t('subsidy.applicationDate'), dataIndex: 'applicationDate' },
    { title: t('subsidy.amount'), dataIndex: 'amount', align: 'right' },
    { title: t('common.district'), dataIndex: 'district', render: (code: string) => labels.district(code) },
    { title: t('common.status'), dataIndex: 'status', render: (status: TSubsidyStatus) => <StatusTag status={status} tones={SUBSIDY_STATUS_TONES} label={t(`subsidy.status.${status}`)} /> },
  ];

  return (
    <>
      <PageHeader title={t('subsidy.listTitle')} description={t('subsidy.listDescription')} />
      <FilterBar<Filters> name="subsidy-filters" actions={<ExportButton fileName={t('subsidy.listTitle')} download={() => exportXlsx(client, servicePath('creation', '/subsidies'), query)} />} onSearch={(filters) => setQuery({ ...filters, creditCode: filters.creditCode?.trim() || undefined, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="creditCode">
          <Input allowClear placeholder={t('subsidy.creditCode')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 160 }} options={SUBSIDY_STATUS_OPTIONS.map((s) => ({ value: s, label: t(`subsidy.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
      </FilterBar>
      <DataTable<TSubsidyApplication>
        columns={columns}
        rows={subsidies.data?.items ?? []}
        rowKey="id"
        loading={subsidies.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={subsidies.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
