import { useState } from 'react';
import { Button, Form, Input, Select, Space, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TEnterprise, TEnterpriseListQuery, TEnterpriseTitleKind } from '@ipbureau/domain/creation';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader } from '@ipbureau/ui';
import { useEnterprises } from '../../features/enterprises/api/enterprises.queries';
import { TITLE_KIND_COLORS, TITLE_KIND_OPTIONS, useCreationLabels, useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Filters = { q?: string; district?: string; titleKind?: TEnterpriseTitleKind; certified?: 'true' | 'false' };

/** The enterprises the pillar cultivates, searched by name (Chinese works) or credit code. */
export function EnterpriseList() {
  const { t } = useTranslation('creation');
  const client = useApiClient();
  const labels = useCreationLabels();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const [query, setQuery] = useState<TEnterpriseListQuery>({ page: 1, pageSize: 20 });
  const enterprises = useEnterprises(query);

  const columns: TableColumnsType<TEnterprise> = [
    { title: t('enterprise.name'), dataIndex: 'name', render: (name: string, e) => <Link to={creationPaths.enterprise(e.id)}>{name}</Link> },
    { title: t('enterprise.creditCode'), dataIndex: 'creditCode' },
    { title: t('common.district'), dataIndex: 'district', render: (code: string) => labels.district(code) },
    { title: t('enterprise.industry'), dataIndex: 'industry', render: (industry: string | null) => industry ?? '—' },
    {
      title: t('enterprise.currentTitles'),
      dataIndex: 'currentTitles',
      render: (kinds: TEnterpriseTitleKind[]) =>
        kinds.length ? (
          <Space size={4} wrap>
            {kinds.map((kind) => (
              <Tag key={kind} color={TITLE_KIND_COLORS[kind]}>
                {labels.titleKind(kind)}
              </Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('enterprise.listTitle')}
        description={t('enterprise.listDescription')}
        extra={
          <Space>
            <Link to={creationPaths.ipcMappings}>{t('nav.ipcMappings')}</Link>
            <Button type="primary" onClick={() => void navigate(creationPaths.enterpriseCreate)}>
              {t('nav.newEnterprise')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="enterprise-filters" actions={<ExportButton fileName={t('enterprise.listTitle')} download={() => exportXlsx(client, servicePath('creation', '/enterprises'), query)} />} onSearch={(filters) => setQuery({ ...filters, q: filters.q?.trim() || undefined, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="q">
          <Input allowClear placeholder={t('enterprise.search')} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="titleKind" label={t('enterprise.titleKind')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 240 }} options={TITLE_KIND_OPTIONS.map((kind) => ({ value: kind, label: labels.titleKind(kind) }))} />
        </Form.Item>
        <Form.Item name="certified" label={t('enterprise.certified')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 160 }}
            options={[
              { value: 'true', label: t('enterprise.certifiedYes') },
              { value: 'false', label: t('enterprise.certifiedNo') },
            ]}
          />
        </Form.Item>
      </FilterBar>
      <DataTable<TEnterprise>
        columns={columns}
        rows={enterprises.data?.items ?? []}
        rowKey="id"
        loading={enterprises.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={enterprises.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
