import { useState } from 'react';
import { Form, Select } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TClawbackCase, TClawbackListQuery, TClawbackReason, TClawbackStatus } from '@ipbureau/domain/creation';
import { DataTable, FilterBar, PageHeader, StatusTag } from '@ipbureau/ui';
import { useClawbacks } from '../../features/subsidies/api/subsidies.queries';
import { CLAWBACK_STATUS_OPTIONS, CLAWBACK_STATUS_TONES } from '../../features/subsidies/subsidies.messages';
import { useCreationLabels, useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Filters = { status?: TClawbackStatus; district?: string };

/** Clawback cases in the user's scope with what is owed, recovered and outstanding. */
export function ClawbackList() {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const districts = useRegionDistricts();
  const [query, setQuery] = useState<TClawbackListQuery>({ page: 1, pageSize: 20 });
  const cases = useClawbacks(query);

  const columns: TableColumnsType<TClawbackCase> = [
    { title: t('subsidy.applicationNumber'), dataIndex: 'applicationNumber', render: (number: string, c) => <Link to={creationPaths.subsidy(c.subsidyId)}>{number}</Link> },
    { title: t('subsidy.creditCode'), dataIndex: 'creditCode' },
    { title: t('subsidy.clawback.reason'), dataIndex: 'reason', render: (reason: TClawbackReason) => t(`subsidy.clawback.reasons.${reason}`) },
    { title: t('subsidy.clawback.openedOn'), dataIndex: 'openedOn' },
    { title: t('subsidy.clawback.amountOwed'), dataIndex: 'amountOwed', align: 'right' },
    { title: t('subsidy.clawback.recovered'), dataIndex: 'recovered', align: 'right' },
    { title: t('subsidy.clawback.outstanding'), dataIndex: 'outstanding', align: 'right' },
    { title: t('common.district'), dataIndex: 'district', render: (code: string) => labels.district(code) },
    { title: t('common.status'), dataIndex: 'status', render: (status: TClawbackStatus) => <StatusTag status={status} tones={CLAWBACK_STATUS_TONES} label={t(`subsidy.clawback.status.${status}`)} /> },
  ];

  return (
    <>
      <PageHeader title={t('subsidy.clawback.listTitle')} description={t('subsidy.clawback.listDescription')} />
      <FilterBar<Filters> name="clawback-filters" onSearch={(filters) => setQuery({ ...filters, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={CLAWBACK_STATUS_OPTIONS.map((s) => ({ value: s, label: t(`subsidy.clawback.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
      </FilterBar>
      <DataTable<TClawbackCase>
        columns={columns}
        rows={cases.data?.items ?? []}
        rowKey="id"
        loading={cases.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={cases.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
