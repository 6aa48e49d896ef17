import { useState } from 'react';
import { Button, Form, Space, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { formatYuan } from '@ipbureau/domain';
import type { TCommercializationProject, TCommercializationProjectListQuery } from '@ipbureau/domain/utilization';
import { useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader } from '@ipbureau/ui';
import { productsApi } from '../../features/products/api/products.api';
import { useProductList } from '../../features/products/api/products.queries';
import { formatRights, optional } from '../../features/products/product-labels';
import { usePledgeLabels, useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Filters = Pick<TCommercializationProjectListQuery, 'district' | 'q'>;

/** Commercialization projects in the user's scope, each with the support funds it received. */
export function ProjectList() {
  const { t } = useTranslation('utilization');
  const districts = useRegionDistricts();
  const { district } = usePledgeLabels();
  const navigate = useNavigate();
  const client = useApiClient();
  const [query, setQuery] = useState<TCommercializationProjectListQuery>({ page: 1, pageSize: 20 });
  const projects = useProductList('commercialization-projects', query);

  const columns: TableColumnsType<TCommercializationProject> = [
    { title: t('products.projects.name'), dataIndex: 'name', render: (name: string, p) => <Link to={productPaths.project(p.id)}>{name}</Link> },
    { title: t('products.projects.enterprise'), dataIndex: 'enterprise', render: (_: unknown, p) => p.enterprise.name },
    { title: t('products.common.rightsShort'), dataIndex: 'rights', render: (_: unknown, p) => formatRights(p.rights) },
    { title: t('products.projects.startDate'), dataIndex: 'startDate' },
    { title: t('products.projects.supportTotal'), dataIndex: 'supportTotal', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.common.district'), dataIndex: 'district', render: (code: string) => district(code) },
  ];

  return (
    <>
      <PageHeader
        title={t('products.projects.title')}
        description={t('products.projects.description')}
        extra={
          <Space>
            <ExportButton download={() => productsApi.exportXlsx(client, 'commercialization-projects', query)} fileName={t('products.projects.title')} />
            <Button type="primary" onClick={() => void navigate(productPaths.projectCreate)}>
              {t('products.common.create')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="project-filters" onSearch={(filters) => setQuery({ ...filters, q: optional(filters.q), page: 1, pageSize: query.pageSize })}>
        <Form.Item name="district" label={t('products.common.district')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="q" label={t('products.common.search')}>
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
      </FilterBar>
      <DataTable<TCommercializationProject>
        columns={columns}
        rows={projects.data?.items ?? []}
        rowKey="id"
        loading={projects.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={projects.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
