import { useState } from 'react';
import { Button, Form, Space, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { formatYuan } from '@ipbureau/domain';
import type { TTransferContract, TTransferContractListQuery } from '@ipbureau/domain/utilization';
import { useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader } from '@ipbureau/ui';
import { productsApi } from '../../features/products/api/products.api';
import { useProductList } from '../../features/products/api/products.queries';
import { formatRights, LICENSE_KIND_OPTIONS, optional, TRANSFER_KIND_OPTIONS, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels, useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Filters = Pick<TTransferContractListQuery, 'kind' | 'licenseKind' | 'district' | 'from' | 'to' | 'q'>;

/** Assignment and licence contracts in the user's scope, filtered and paged by the server. */
export function TransferList() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const { district } = usePledgeLabels();
  const navigate = useNavigate();
  const client = useApiClient();
  const [query, setQuery] = useState<TTransferContractListQuery>({ page: 1, pageSize: 20 });
  const contracts = useProductList('transfer-contracts', query);

  const columns: TableColumnsType<TTransferContract> = [
    { title: t('products.transfers.licenseeName'), dataIndex: 'licenseeName', render: (name: string, c) => <Link to={productPaths.transfer(c.id)}>{name}</Link> },
    { title: t('products.transfers.licensorName'), dataIndex: 'licensorName' },
    { title: t('products.transfers.kind'), dataIndex: 'kind', render: (kind: string, c) => (c.licenseKind ? vocab.label('licenseKind', c.licenseKind) : vocab.label('transferKind', kind)) },
    { title: t('products.common.rightsShort'), dataIndex: 'rights', render: (_: unknown, c) => formatRights(c.rights) },
    { title: t('products.transfers.amount'), dataIndex: 'amount', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.transfers.contractDate'), dataIndex: 'contractDate' },
    { title: t('products.transfers.registrationDate'), dataIndex: 'registrationDate', render: (date: string | null) => date ?? t('products.common.none') },
    { title: t('products.common.district'), dataIndex: 'district', render: (code: string) => district(code) },
  ];

  return (
    <>
      <PageHeader
        title={t('products.transfers.title')}
        description={t('products.transfers.description')}
        extra={
          <Space>
            <ExportButton download={() => productsApi.exportXlsx(client, 'transfer-contracts', query)} fileName={t('products.transfers.title')} />
            <Button type="primary" onClick={() => void navigate(productPaths.transferCreate)}>
              {t('products.transfers.createTitle')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="transfer-filters" onSearch={(filters) => setQuery({ ...filters, from: optional(filters.from), to: optional(filters.to), q: optional(filters.q), page: 1, pageSize: query.pageSize })}>
        <Form.Item name="kind" label={t('products.transfers.kind')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 120 }} options={vocab.options('transferKind', TRANSFER_KIND_OPTIONS)} />
        </Form.Item>
        <Form.Item name="licenseKind" label={t('products.transfers.licenseKind')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 130 }} options={vocab.options('licenseKind', LICENSE_KIND_OPTIONS)} />
        </Form.Item>
        <Form.Item name="district" label={t('products.common.district')}>
          <Select allowClear placeholder={t('products.common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="from" label={t('products.transfers.contractDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="to" label="—">
          <Input type="date" />
        </Form.Item>
        <Form.Item name="q" label={t('products.common.search')}>
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
      </FilterBar>
      <DataTable<TTransferContract>
        columns={columns}
        rows={contracts.data?.items ?? []}
        rowKey="id"
        loading={contracts.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={contracts.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
