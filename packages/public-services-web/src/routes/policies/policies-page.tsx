import { useState } from 'react';
import { Button, Drawer, Form, Input, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { POLICY_KIND_LABELS, POLICY_KINDS, type TPolicyHit } from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar } from '@ipbureau/ui';
import { usePolicies, usePolicy } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';
import { PolicyFormDrawer } from './policy-form-drawer';

type Filters = { q?: string; kind?: string; inForceOn?: string };

/** 政策与指南库: full-text search in Chinese and English (title hits first), the full text on opening one. */
export function PoliciesPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const paging = usePagedFilters<Filters>({});
  const policies = usePolicies(paging.params);
  const [opened, setOpened] = useState<string | null>(null);
  const document = usePolicy(opened);
  const [adding, setAdding] = useState(false);
  const canWrite = useCanWrite();

  const columns: TableColumnsType<TPolicyHit> = [
    {
      title: t('policies.titleCol'),
      key: 'title',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Typography.Link onClick={() => setOpened(p.id)}>{p.title}</Typography.Link>
            {p.titleMatch ? <Tag color="blue">{t('policies.titleHit')}</Tag> : null}
          </Space>
          {p.excerpt ? <Typography.Text type="secondary">…{p.excerpt}…</Typography.Text> : null}
        </Space>
      ),
    },
    { title: t('policies.kind'), key: 'kind', render: (_, p) => label.of(POLICY_KIND_LABELS[p.kind]) },
    { title: t('policies.issuer'), dataIndex: 'issuer', key: 'issuer' },
    { title: t('policies.documentNumber'), key: 'documentNumber', render: (_, p) => p.documentNumber ?? t('common.none') },
    { title: t('policies.effectiveDate'), dataIndex: 'effectiveDate', key: 'effectiveDate' },
    { title: t('policies.expiryDate'), key: 'expiryDate', render: (_, p) => p.expiryDate ?? t('common.none') },
  ];

  return (
    <PillarScreen
      title={t('policies.title')}
      description={t('policies.description')}
      extra={
        canWrite ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('policies.create')}
          </Button>
        ) : null
      }
    >
      <FilterBar<Filters> name="policy-filters" actions={<ExportButton fileName={t('policies.title')} download={() => exportXlsx(client, servicePath('public-services', '/policies'), paging.params)} />} onSearch={paging.search}>
        <Form.Item name="q" label={t('policies.search')}>
          <Input allowClear style={{ width: 240 }} placeholder={t('policies.searchPlaceholder')} aria-label={t('policies.search')} />
        </Form.Item>
        <Form.Item name="kind" label={t('policies.kind')}>
          <Select allowClear style={{ width: 120 }} options={POLICY_KINDS.map((k) => ({ value: k, label: label.of(POLICY_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="inForceOn" label={t('policies.inForceOn')}>
          <Input type="date" aria-label={t('policies.inForceOn')} />
        </Form.Item>
      </FilterBar>
      <DataTable<TPolicyHit>
        columns={columns}
        rows={policies.data?.items ?? []}
        rowKey="id"
        loading={policies.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={policies.data?.total ?? 0}
        onChange={paging.onChange}
      />
      <Drawer open={!!opened} onClose={() => setOpened(null)} width={640} title={document.data?.title} destroyOnHidden>
        {document.data ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {[document.data.issuer, document.data.documentNumber, document.data.effectiveDate].filter(Boolean).join(' · ')}
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{document.data.body}</Typography.Paragraph>
            {document.data.attachments.length ? (
              <>
                <Typography.Title level={5}>{t('policies.attachments')}</Typography.Title>
                {document.data.attachments.map((a) => (
                  <a key={a.url} href={a.url} target="_blank" rel="noreferrer">
                    {a.name}
                  </a>
                ))}
              </>
            ) : null}
          </Space>
        ) : null}
      </Drawer>
      <PolicyFormDrawer open={adding} onClose={() => setAdding(false)} />
    </PillarScreen>
  );
}
