import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@ipbureau/api-client';
import { Button, Card, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { hasModuleLevel, type TPageQuery } from '@ipbureau/domain';
import { PROTECTED_RIGHT_KIND_LABELS, type TKeyEnterprise, type TKeyEnterpriseBatch } from '@ipbureau/domain/protection';
import { PageHeader } from '@ipbureau/ui';
import { useKeyEnterpriseBatch, useKeyEnterpriseBatches } from '../../api/credit.queries';
import { useLabels } from '../../labels';
import { BatchForm } from './batch-form';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

/** The key-enterprise list 重点企业直通车: its batches, and the enterprises of the batch picked with their protected rights. */
export function KeyEnterprisesPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [creating, setCreating] = useState(false);
  const { params, setParams } = useListParams<Partial<TPageQuery>>();
  const [picked, setPicked] = useState<string | null>(null);
  const batches = useKeyEnterpriseBatches(params);
  const batch = useKeyEnterpriseBatch(picked);
  const columns: TableColumnsType<TKeyEnterpriseBatch> = [
    {
      title: t('keyEnterprises.batch'),
      dataIndex: 'name',
      render: (_v, b) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setPicked(b.id)}>
          {b.name}
        </Button>
      ),
    },
    { title: t('keyEnterprises.admittedOn'), dataIndex: 'admittedOn' },
    { title: t('keyEnterprises.enterpriseCount'), dataIndex: 'enterpriseCount' },
  ];
  const enterpriseColumns: TableColumnsType<TKeyEnterprise> = [
    { title: t('credit.name'), dataIndex: 'name' },
    { title: t('credit.creditCode'), dataIndex: 'creditCode' },
    { title: t('fields.district'), dataIndex: 'district', render: (code: string) => l.district(code) },
    {
      title: t('keyEnterprises.rights'),
      dataIndex: 'rights',
      render: (_v, e) => e.rights.map((r) => `${l.label(PROTECTED_RIGHT_KIND_LABELS, r.rightKind)} ${r.rightNumber}${r.rightName ? `（${r.rightName}）` : ''}`).join('；') || '—',
    },
  ];
  return (
    <>
      <PageHeader
        title={t('keyEnterprises.title')}
        description={t('keyEnterprises.description')}
        extra={
          <Space>
            <ListExportButton fileName={t('keyEnterprises.enterprises')} path="/key-enterprises" />
            {canCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('keyEnterprises.create')}
              </Button>
            )}
          </Space>
        }
      />
      {creating && (
        <BatchForm
          onDone={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            setPicked(id);
          }}
        />
      )}
      <PagedTable columns={columns} query={batches} params={params} setParams={setParams} />
      <Card size="small" title={batch.data ? `${batch.data.name} · ${t('keyEnterprises.enterprises')}` : t('keyEnterprises.enterprises')} style={{ marginTop: 16 }}>
        {picked ? (
          <Table<TKeyEnterprise> size="small" pagination={false} rowKey="id" loading={batch.isFetching} dataSource={batch.data?.enterprises ?? []} columns={enterpriseColumns} />
        ) : (
          t('keyEnterprises.pick')
        )}
      </Card>
    </>
  );
}
