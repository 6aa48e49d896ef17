import { useState } from 'react';
import { Button, Form, Space, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { formatYuan } from '@ipbureau/domain';
import type { TInsurancePolicy, TInsurancePolicyListQuery } from '@ipbureau/domain/utilization';
import { useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader } from '@ipbureau/ui';
import { productsApi } from '../../features/products/api/products.api';
import { useProductList } from '../../features/products/api/products.queries';
import { INSURANCE_KIND_OPTIONS, optional, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels, useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Filters = Pick<TInsurancePolicyListQuery, 'kind' | 'district' | 'from' | 'to' | 'q'>;

/** Insurance policies in the user's scope, filtered and paged by the server. */
export function InsuranceList() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const { district } = usePledgeLabels();
  const navigate = useNavigate();
  const client = useApiClient();
  const [query, setQuery] = useState<TInsurancePolicyListQuery>({ page: 1, pageSize: 20 });
  const policies = useProductList('insurance-policies', query);

  const columns: TableColumnsType<TInsurancePolicy> = [
    { title: t('products.insurance.policyNumber'), dataIndex: 'policyNumber', render: (number: string, p) => <Link to={productPaths.policy(p.id)}>{number}</Link> },
    { title: t('products.insurance.kind'), dataIndex: 'kind', render: (kind: string) => vocab.label('insuranceKind', kind) },
    { title: t('products.insurance.insuredName'), dataIndex: 'insuredName' },
    { title: t('products.insurance.insurerName'), dataIndex: 'insurerName' },
    { title: t('products.insurance.insuredSum'), dataIndex: 'insuredSum', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.insurance.premium'), dataIndex: 'premium', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.insurance.premiumSubsidy'), dataIndex: 'premiumSubsidy', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.insurance.paidClaims'), dataIndex: 'paidClaims', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.insurance.periodFrom'), dataIndex: 'periodFrom', render: (from: string, p) => `${from} – ${p.periodTo}` },
    { title: t('products.common.district'), dataIndex: 'district', render: (code: string) => district(code) },
  ];

  return (
    <>
      <PageHeader
        title={t('products.insurance.title')}
        description={t('products.insurance.description')}
        extra={
          <Space>
            <ExportButton download={() => productsApi.exportXlsx(client, 'insurance-policies', query)} fileName={t('products.insurance.title')} />
            <Button type="primary" onClick={() => void navigate(productPaths.insuranceCreate)}>
              {t('products.insurance.createTitle')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="insurance-filters" onSearch={(filters) => setQuery({ ...filters, from: optional(filters.from), to: optional(filters.to), q: optional(filters.q), page: 1, pageSize: query.pageSize })}>
        <Form.Item name="kind" label={t('products.insurance.kind')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 180 }} options={vocab.options('insuranceKind', INSURANCE_KIND_OPTIONS)} />
        </Form.Item>
        <Form.Item name="district" label={t('products.common.district')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="from" label={t('products.insurance.periodFrom')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="to" label="—">
          <Input type="date" />
        </Form.Item>
        <Form.Item name="q" label={t('products.common.search')}>
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
      </FilterBar>
      <DataTable<TInsurancePolicy>
        columns={columns}
        rows={policies.data?.items ?? []}
        rowKey="id"
        loading={policies.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={policies.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
