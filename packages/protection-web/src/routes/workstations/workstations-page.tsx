import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Input, Select, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMe } from '@ipbureau/api-client';
import { hasModuleLevel } from '@ipbureau/domain';
import { PROTECTION_INDUSTRY_LABELS, type TProtectionIndustry, type TWorkstation } from '@ipbureau/domain/protection';
import { PageHeader } from '@ipbureau/ui';
import { useWorkstations, type TWorkstationParams } from '../../api/workstations.api';
import { useLabels } from '../../labels';
import { WorkstationForm } from './workstation-form';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

/** Rights-protection workstations 维权援助工作站, filtered by industry or those in operation on a date. */
export function WorkstationsPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [creating, setCreating] = useState(false);
  const { params, setParams, filter } = useListParams<TWorkstationParams>();
  const stations = useWorkstations(params);
  const columns: TableColumnsType<TWorkstation> = [
    { title: t('workstations.name'), dataIndex: 'name', render: (_v, w) => <Link to={w.id}>{w.name}</Link> },
    { title: t('workstations.host'), dataIndex: 'hostOrganization' },
    { title: t('workstations.industry'), dataIndex: 'industry', render: (i: TProtectionIndustry) => l.label(PROTECTION_INDUSTRY_LABELS, i) },
    { title: t('fields.district'), dataIndex: 'district', render: (d: string) => l.district(d) },
    { title: t('workstations.established'), dataIndex: 'establishedDate' },
    { title: t('workstations.state'), dataIndex: 'inOperation', render: (_v, w) => (w.inOperation ? <Tag color="success">{t('workstations.operating')}</Tag> : <Tag>{t('workstations.closedOn', { date: w.closedDate ?? '—' })}</Tag>) },
    { title: t('workstations.assistanceCount'), dataIndex: 'assistanceCount' },
  ];
  return (
    <>
      <PageHeader
        title={t('workstations.title')}
        description={t('workstations.description')}
        extra={
          <Space>
            <ListExportButton fileName={t('workstations.title')} path="/workstations" params={params} />
            {canCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('workstations.create')}
              </Button>
            )}
          </Space>
        }
      />
      {creating && <WorkstationForm onDone={() => setCreating(false)} />}
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Select<TProtectionIndustry | undefined>
          allowClear
          aria-label={t('workstations.industry')}
          placeholder={t('workstations.industry')}
          style={{ width: 180 }}
          options={l.options(PROTECTION_INDUSTRY_LABELS)}
          onChange={(industry) => filter({ industry })}
        />
        <Input type="date" aria-label={t('workstations.operatingOn')} style={{ width: 180 }} onChange={(e) => filter({ operatingOn: e.target.value || undefined })} />
        <Input.Search allowClear aria-label={t('workstations.q')} placeholder={t('workstations.q')} style={{ width: 220 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
      </Space>
      <PagedTable columns={columns} query={stations} params={params} setParams={setParams} />
    </>
  );
}
