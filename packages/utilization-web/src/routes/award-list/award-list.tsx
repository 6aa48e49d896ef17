import { useState } from 'react';
import { Button, Form, Space, Input, InputNumber, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TAward, TAwardListQuery } from '@ipbureau/domain/utilization';
import { useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader } from '@ipbureau/ui';
import { productsApi } from '../../features/products/api/products.api';
import { useProductList } from '../../features/products/api/products.queries';
import { AWARD_KIND_OPTIONS, AWARD_LEVEL_OPTIONS, optional, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels, useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Filters = Pick<TAwardListQuery, 'kind' | 'level' | 'year' | 'district' | 'q'>;

/** Awards in the user's scope, filtered and paged by the server. */
export function AwardList() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const { district } = usePledgeLabels();
  const navigate = useNavigate();
  const client = useApiClient();
  const [query, setQuery] = useState<TAwardListQuery>({ page: 1, pageSize: 20 });
  const awards = useProductList('awards', query);

  const columns: TableColumnsType<TAward> = [
    { title: t('products.awards.patentNumber'), dataIndex: 'patentNumber', render: (number: string, a) => <Link to={productPaths.award(a.id)}>{number}</Link> },
    { title: t('products.awards.patentTitle'), dataIndex: 'patentTitle' },
    { title: t('products.awards.holderName'), dataIndex: 'holderName' },
    { title: t('products.awards.year'), dataIndex: 'year' },
    { title: t('products.awards.awardName'), dataIndex: 'awardName' },
    { title: t('products.awards.level'), dataIndex: 'level', render: (level: string) => vocab.label('awardLevel', level) },
    { title: t('products.awards.grade'), dataIndex: 'grade', render: (grade: string) => vocab.label('awardGrade', grade) },
    { title: t('products.common.district'), dataIndex: 'district', render: (code: string) => district(code) },
  ];

  return (
    <>
      <PageHeader
        title={t('products.awards.title')}
        description={t('products.awards.description')}
        extra={
          <Space>
            <ExportButton download={() => productsApi.exportXlsx(client, 'awards', query)} fileName={t('products.awards.title')} />
            <Button type="primary" onClick={() => void navigate(productPaths.awardCreate)}>
              {t('products.awards.createTitle')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="award-filters" onSearch={(filters) => setQuery({ ...filters, q: optional(filters.q), page: 1, pageSize: query.pageSize })}>
        <Form.Item name="kind" label={t('products.awards.kind')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 140 }} options={vocab.options('awardKind', AWARD_KIND_OPTIONS)} />
        </Form.Item>
        <Form.Item name="level" label={t('products.awards.level')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 120 }} options={vocab.options('awardLevel', AWARD_LEVEL_OPTIONS)} />
        </Form.Item>
        <Form.Item name="year" label={t('products.awards.year')}>
          <InputNumber min={1985} max={2100} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="district" label={t('products.common.district')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="q" label={t('products.common.search')}>
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
      </FilterBar>
      <DataTable<TAward>
        columns={columns}
        rows={awards.data?.items ?? []}
        rowKey="id"
        loading={awards.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={awards.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
