import { Form, Input, Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TAgent } from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar } from '@ipbureau/ui';
import { useAgents } from '../../api/public-services.api';
import { DISTRICTS, useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';

type Filters = { q?: string; district?: string; practisingOn?: string };

/** 专利代理师名录: every agent on the register with where they practise, searchable and exported as filtered. */
export function AgentsPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const paging = usePagedFilters<Filters>({});
  const agents = useAgents(paging.params);
  const columns: TableColumnsType<TAgent> = [
    { title: t('agents.name'), dataIndex: 'name', key: 'name' },
    { title: t('agents.licenceNumber'), dataIndex: 'licenceNumber', key: 'licenceNumber' },
    {
      title: t('agents.agency'),
      key: 'agency',
      render: (_, g) => (g.current ? <Link to={`../agencies/${g.current.agencyId}`}>{g.current.agencyName}</Link> : t('agents.notPractising')),
    },
    { title: t('agents.since'), key: 'since', render: (_, g) => g.current?.startDate ?? t('common.none') },
    { title: t('common.district'), key: 'district', render: (_, g) => label.district(g.district) },
  ];
  return (
    <PillarScreen title={t('agents.title')} description={t('agents.description')}>
      <FilterBar<Filters> name="agents" actions={<ExportButton fileName={t('agents.title')} download={() => exportXlsx(client, servicePath('public-services', '/agents'), paging.params)} />} onSearch={paging.search}>
        <Form.Item name="q" label={t('agents.search')}>
          <Input allowClear aria-label={t('agents.search')} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear style={{ width: 140 }} placeholder={t('common.allDistricts')} options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
        <Form.Item name="practisingOn" label={t('agents.practisingOn')}>
          <Input type="date" aria-label={t('agents.practisingOn')} />
        </Form.Item>
      </FilterBar>
      <DataTable<TAgent>
        columns={columns}
        rows={agents.data?.items ?? []}
        rowKey="id"
        loading={agents.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={agents.data?.total ?? 0}
        onChange={paging.onChange}
      />
    </PillarScreen>
  );
}
