import { useState } from 'react';
import { Button, Form, Input, Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGENCY_KIND_LABELS, type TAgency } from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar } from '@ipbureau/ui';
import { useAgencies } from '../../api/public-services.api';
import { DISTRICTS, useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';
import { AgencyStatusTag } from '../../shared/tags';
import { useCanWrite } from '../../shared/access';
import { AgencyFormDrawer } from './agency-form-drawer';

type Filters = { q?: string; district?: string; activeOn?: string };

/** 代理机构名录: search by name or credit code, by district, and which were active on a date. */
export function AgenciesPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const paging = usePagedFilters<Filters>({});
  const agencies = useAgencies(paging.params);
  const canWrite = useCanWrite();
  const [adding, setAdding] = useState(false);
  const columns: TableColumnsType<TAgency> = [
    { title: t('agencies.name'), key: 'name', render: (_, a) => <Link to={a.id}>{a.name}</Link> },
    { title: t('agencies.creditCode'), dataIndex: 'creditCode', key: 'creditCode' },
    { title: t('agencies.kind'), key: 'kind', render: (_, a) => label.of(AGENCY_KIND_LABELS[a.kind]) },
    { title: t('common.district'), key: 'district', render: (_, a) => label.district(a.district) },
    { title: t('agencies.licenceNumber'), key: 'licenceNumber', render: (_, a) => a.licenceNumber ?? t('common.none') },
    { title: t('agencies.establishedDate'), dataIndex: 'establishedDate', key: 'establishedDate' },
    { title: t('agencies.status'), key: 'status', render: (_, a) => <AgencyStatusTag status={a.status} /> },
  ];
  return (
    <PillarScreen
      title={t('agencies.title')}
      description={t('agencies.description')}
      extra={
        canWrite ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('agencies.create')}
          </Button>
        ) : null
      }
    >
      <FilterBar<Filters> name="agencies" actions={<ExportButton fileName={t('agencies.title')} download={() => exportXlsx(client, servicePath('public-services', '/agencies'), paging.params)} />} onSearch={paging.search}>
        <Form.Item name="q" label={t('agencies.search')}>
          <Input allowClear aria-label={t('agencies.search')} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear style={{ width: 140 }} placeholder={t('common.allDistricts')} options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
        <Form.Item name="activeOn" label={t('agencies.activeOn')}>
          <Input type="date" aria-label={t('agencies.activeOn')} />
        </Form.Item>
      </FilterBar>
      <DataTable<TAgency>
        columns={columns}
        rows={agencies.data?.items ?? []}
        rowKey="id"
        loading={agencies.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={agencies.data?.total ?? 0}
        onChange={paging.onChange}
      />
      <AgencyFormDrawer open={adding} onClose={() => setAdding(false)} />
    </PillarScreen>
  );
}
