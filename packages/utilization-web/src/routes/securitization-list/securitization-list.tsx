import { useState } from 'react';
import { Button, Form, Space, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { formatYuan } from '@ipbureau/domain';
import type { TSecuritization, TSecuritizationListQuery } from '@ipbureau/domain/utilization';
import { useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader } from '@ipbureau/ui';
import { productsApi } from '../../features/products/api/products.api';
import { useProductList } from '../../features/products/api/products.queries';
import { optional, SECURITIZATION_KIND_OPTIONS, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels, useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Filters = Pick<TSecuritizationListQuery, 'kind' | 'district' | 'q'>;

/** Securitization and trust products in the user's scope, filtered and paged by the server. */
export function SecuritizationList() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const { district } = usePledgeLabels();
  const navigate = useNavigate();
  const client = useApiClient();
  const [query, setQuery] = useState<TSecuritizationListQuery>({ page: 1, pageSize: 20 });
  const products = useProductList('securitization-products', query);

  const columns: TableColumnsType<TSecuritization> = [
    { title: t('products.securitization.name'), dataIndex: 'name', render: (name: string, p) => <Link to={productPaths.securitizationProduct(p.id)}>{name}</Link> },
    { title: t('products.securitization.kind'), dataIndex: 'kind', render: (kind: string) => vocab.label('securitizationKind', kind) },
    { title: t('products.securitization.issuerName'), dataIndex: 'issuerName' },
    { title: t('products.securitization.amount'), dataIndex: 'amount', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.securitization.issueDate'), dataIndex: 'issueDate' },
    { title: t('products.common.rightsShort'), dataIndex: 'rights', render: (_: unknown, p) => p.rights.length },
    { title: t('products.securitization.enterprisesShort'), dataIndex: 'enterprises', render: (_: unknown, p) => p.enterprises.map((e) => e.name).join('，') },
    { title: t('products.common.district'), dataIndex: 'district', render: (code: string) => district(code) },
  ];

  return (
    <>
      <PageHeader
        title={t('products.securitization.title')}
        description={t('products.securitization.description')}
        extra={
          <Space>
            <ExportButton download={() => productsApi.exportXlsx(client, 'securitization-products', query)} fileName={t('products.securitization.title')} />
            <Button type="primary" onClick={() => void navigate(productPaths.securitizationCreate)}>
              {t('products.securitization.createTitle')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="securitization-filters" onSearch={(filters) => setQuery({ ...filters, q: optional(filters.q), page: 1, pageSize: query.pageSize })}>
        <Form.Item name="kind" label={t('products.securitization.kind')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 200 }} options={vocab.options('securitizationKind', SECURITIZATION_KIND_OPTIONS)} />
        </Form.Item>
        <Form.Item name="district" label={t('products.common.district')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="q" label={t('products.common.search')}>
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
      </FilterBar>
      <DataTable<TSecuritization>
        columns={columns}
        rows={products.data?.items ?? []}
        rowKey="id"
        loading={products.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={products.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
