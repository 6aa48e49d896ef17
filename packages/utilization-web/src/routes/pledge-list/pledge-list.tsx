import { useState } from 'react';
import { Button, Form, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { formatYuan } from '@ipbureau/domain';
import type { TPledge, TPledgeListQuery, TPledgeRightKind, TPledgeStatus } from '@ipbureau/domain/utilization';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader, StatusTag } from '@ipbureau/ui';
import { useLenders, usePledges } from '../../features/pledges/api/pledges.queries';
import { PLEDGE_RIGHT_KIND_OPTIONS, PLEDGE_STATUS_OPTIONS, PLEDGE_STATUS_TONES, usePledgeLabels, useRegionDistricts } from '../../features/pledges/pledge-labels';
import { utilizationPaths } from '../../paths';

type Filters = { status?: TPledgeStatus; rightKind?: TPledgeRightKind; district?: string; lenderCreditCode?: string };

/** Pledges in the user's scope, filtered and paged by the server. */
export function PledgeList() {
  const { t } = useTranslation('utilization');
  const client = useApiClient();
  const labels = usePledgeLabels();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const [query, setQuery] = useState<TPledgeListQuery>({ page: 1, pageSize: 20 });
  const pledges = usePledges(query);
  // Lenders known only by name can not be filtered by code; the look-up's first 50 cover a city's banks.
  const lenders = (useLenders({}).data ?? []).flatMap((l) => (l.lenderCreditCode === null ? [] : [{ value: l.lenderCreditCode, label: `${l.lenderName}（${l.lenderCreditCode}）` }]));

  const columns: TableColumnsType<TPledge> = [
    { title: t('pledges.pledgor'), dataIndex: 'pledgorName', render: (name: string, p) => <Link to={utilizationPaths.pledge(p.id)}>{name}</Link> },
    { title: t('pledges.rightKind'), dataIndex: 'rightKind', render: (kind: TPledgeRightKind) => labels.rightKind(kind) },
    { title: t('pledges.rightNumber'), dataIndex: 'rightNumber' },
    { title: t('pledges.lender'), dataIndex: 'lenderName' },
    { title: t('pledges.loanAmount'), dataIndex: 'loanAmount', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('pledges.outstanding'), dataIndex: 'outstandingPrincipal', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('pledges.applicationDate'), dataIndex: 'applicationDate' },
    { title: t('pledges.district'), dataIndex: 'district', render: (code: string) => labels.district(code) },
    { title: t('pledges.status'), dataIndex: 'status', render: (status: TPledgeStatus) => <StatusTag status={status} tones={PLEDGE_STATUS_TONES} label={labels.status(status)} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('pledges.title')}
        description={t('pledges.description')}
        extra={
          <Button type="primary" onClick={() => void navigate(utilizationPaths.pledgeCreate)}>
            {t('nav.apply')}
          </Button>
        }
      />
      <FilterBar<Filters> name="pledge-filters" actions={<ExportButton fileName={t('pledges.title')} download={() => exportXlsx(client, servicePath('utilization', '/pledges'), query)} />} onSearch={(filters) => setQuery({ ...filters, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="status" label={t('pledges.status')}>
          <Select allowClear placeholder={t('pledges.all')} style={{ width: 140 }} options={PLEDGE_STATUS_OPTIONS.map((s) => ({ value: s, label: labels.status(s) }))} />
        </Form.Item>
        <Form.Item name="rightKind" label={t('pledges.rightKind')}>
          <Select allowClear placeholder={t('pledges.all')} style={{ width: 200 }} options={PLEDGE_RIGHT_KIND_OPTIONS.map((k) => ({ value: k, label: labels.rightKind(k) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('pledges.district')}>
          <Select allowClear placeholder={t('pledges.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="lenderCreditCode" label={t('pledges.lender')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('pledges.all')}
            style={{ width: 240 }}
            options={lenders}
          />
        </Form.Item>
      </FilterBar>
      <DataTable<TPledge>
        columns={columns}
        rows={pledges.data?.items ?? []}
        rowKey="id"
        loading={pledges.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={pledges.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
