import { useState } from 'react';
import { Button, Form, Input, Select, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import { NAVIGATION_KIND_LABELS, NAVIGATION_KINDS, type TNavigationProject } from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar } from '@ipbureau/ui';
import { useNavigationProjects } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';
import { NavigationEditDrawer } from './navigation-edit-drawer';
import { NavigationFormDrawer } from './navigation-form-drawer';

type Filters = { kind?: string; industry?: string };

/** 专利导航项目: projects with their industry, undertaker and how many deliverables are in. */
export function NavigationPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const paging = usePagedFilters<Filters>({});
  const projects = useNavigationProjects(paging.params);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TNavigationProject | null>(null);
  const canWrite = useCanWrite();

  const columns: TableColumnsType<TNavigationProject> = [
    { title: t('navigation.titleCol'), dataIndex: 'title', key: 'title' },
    { title: t('navigation.kind'), key: 'kind', render: (_, p) => label.of(NAVIGATION_KIND_LABELS[p.kind]) },
    { title: t('navigation.industry'), dataIndex: 'industry', key: 'industry' },
    { title: t('navigation.undertaker'), dataIndex: 'undertaker', key: 'undertaker' },
    { title: t('navigation.startDate'), dataIndex: 'startDate', key: 'startDate' },
    { title: t('navigation.endDate'), key: 'endDate', render: (_, p) => p.endDate ?? t('common.none') },
    { title: t('navigation.budget'), key: 'budget', align: 'right', render: (_, p) => (p.budget ? formatYuan(p.budget) : t('common.none')) },
    {
      title: t('navigation.deliverables'),
      key: 'deliverables',
      render: (_, p) => (
        <Tooltip title={p.deliverables.map((d) => `${d.name}${d.deliveredOn ? ` ✓ ${d.deliveredOn}` : ''}`).join('；')}>
          <span>{t('navigation.deliveredOf', { done: p.deliverables.filter((d) => d.deliveredOn).length, total: p.deliverables.length })}</span>
        </Tooltip>
      ),
    },
    ...(canWrite
      ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, p: TNavigationProject) => <Typography.Link onClick={() => setEditing(p)}>{t('navigation.edit')}</Typography.Link> }]
      : []),
  ];

  return (
    <PillarScreen
      title={t('navigation.title')}
      description={t('navigation.description')}
      extra={
        canWrite ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('navigation.create')}
          </Button>
        ) : null
      }
    >
      <FilterBar<Filters> name="navigation-filters" actions={<ExportButton fileName={t('navigation.title')} download={() => exportXlsx(client, servicePath('public-services', '/navigation-projects'), paging.params)} />} onSearch={paging.search}>
        <Form.Item name="kind" label={t('navigation.kind')}>
          <Select allowClear style={{ width: 140 }} options={NAVIGATION_KINDS.map((k) => ({ value: k, label: label.of(NAVIGATION_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="industry" label={t('navigation.industry')}>
          <Input allowClear style={{ width: 160 }} />
        </Form.Item>
      </FilterBar>
      <DataTable<TNavigationProject>
        columns={columns}
        rows={projects.data?.items ?? []}
        rowKey="id"
        loading={projects.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={projects.data?.total ?? 0}
        onChange={paging.onChange}
      />
      <NavigationFormDrawer open={adding} onClose={() => setAdding(false)} />
      {editing ? <NavigationEditDrawer key={`${editing.id}-${editing.version}`} project={editing} onClose={() => setEditing(null)} /> : null}
    </PillarScreen>
  );
}
