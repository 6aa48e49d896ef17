import { useState } from 'react';
import { App, Button, Popconfirm, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TIpcIndustryMapping, TStrategicIndustryCode } from '@ipbureau/domain/creation';
import { PageHeader } from '@ipbureau/ui';
import { useIpcIndustryMappings, useRemoveMapping } from '../../features/high-value/api/high-value.queries';
import { INDUSTRY_OPTIONS, useCreationLabels } from '../../features/labels';
import { MappingDialog } from './mapping-dialog';

/** The bureau's IPC → strategic-emerging-industry table the high-value rule reads, edited in place. */
export function IpcMappings() {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const [industryCode, setIndustryCode] = useState<TStrategicIndustryCode | undefined>();
  const mappings = useIpcIndustryMappings({ industryCode });
  const [editing, setEditing] = useState<TIpcIndustryMapping | null | 'new'>(null);
  const remove = useRemoveMapping({
    onSuccess: () => void message.success(t('mapping.removed')),
    onError: (error) => void message.error(error.message),
  });

  const columns: TableColumnsType<TIpcIndustryMapping> = [
    { title: t('mapping.ipcPrefix'), dataIndex: 'ipcPrefix' },
    { title: t('mapping.industry'), dataIndex: 'industryCode', render: (code: TStrategicIndustryCode) => `${code} ${labels.industry(code)}` },
    { title: t('mapping.subcategory'), dataIndex: 'subcategory', render: (value: string | null) => value ?? '—' },
    { title: t('mapping.note'), dataIndex: 'note', render: (value: string | null) => value ?? '—' },
    {
      title: t('patent.actions'),
      key: 'actions',
      render: (_: unknown, m) => (
        <Space>
          <Button size="small" onClick={() => setEditing(m)}>
            {t('mapping.edit')}
          </Button>
          <Popconfirm title={t('mapping.removeConfirm')} okText={t('mapping.remove')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate({ id: m.id, version: m.version })}>
            <Button size="small" danger>
              {t('mapping.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('mapping.title')}
        description={t('mapping.description')}
        extra={
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('mapping.add')}
          </Button>
        }
      />
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('mapping.industry')}
          placeholder={t('mapping.industry')}
          style={{ width: 320 }}
          value={industryCode}
          onChange={(value: TStrategicIndustryCode | undefined) => setIndustryCode(value)}
          options={INDUSTRY_OPTIONS.map((code) => ({ value: code, label: `${code} ${labels.industry(code)}` }))}
        />
      </Space>
      <Table<TIpcIndustryMapping> size="small" rowKey="id" columns={columns} dataSource={mappings.data ?? []} loading={mappings.isFetching} pagination={{ pageSize: 50 }} />
      {editing ? <MappingDialog mapping={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
