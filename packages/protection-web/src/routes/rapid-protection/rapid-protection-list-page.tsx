import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Checkbox, Input, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMe } from '@ipbureau/api-client';
import { hasModuleLevel } from '@ipbureau/domain';
import {
  RAPID_REQUEST_KIND_LABELS,
  RAPID_STATUS_LABELS,
  rapidStatusLabels,
  RAPID_TECHNICAL_FIELD_LABELS,
  type TRapidRequest,
  type TRapidRequestKind,
  type TRapidStatus,
  type TRapidTechnicalField,
} from '@ipbureau/domain/protection';
import { PageHeader, StatusTag, type StatusTone } from '@ipbureau/ui';
import { useRapidRequests, type TRapidParams } from '../../api/rapid-protection.api';
import { useLabels } from '../../labels';
import { RapidClockBadge } from './rapid-clock';
import { RapidEntityForm } from './rapid-entity-form';
import { RapidRequestForm } from './rapid-request-form';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

export const RAPID_STATUS_TONES: Record<TRapidStatus, StatusTone> = {
  submitted: 'processing',
  accepted: 'processing',
  passed: 'success',
  not_passed: 'error',
  filed: 'success',
  withdrawn: 'default',
};

/** The centre's queue 快速预审: open requests by how soon they are due, each with its service-level clock; overdue ones in red. */
export function RapidProtectionListPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [creating, setCreating] = useState<'request' | 'entity' | null>(null);
  const { params, setParams, filter } = useListParams<TRapidParams>();
  const requests = useRapidRequests(params);
  const columns: TableColumnsType<TRapidRequest> = [
    { title: t('rapid.applicationNumber'), dataIndex: 'applicationNumber', render: (_v, r) => <Link to={r.id}>{r.applicationNumber}</Link> },
    { title: t('rapid.kind'), dataIndex: 'kind', render: (k: TRapidRequestKind) => l.label(RAPID_REQUEST_KIND_LABELS, k) },
    { title: t('rapid.titleField'), dataIndex: 'title' },
    { title: t('rapid.technicalField'), dataIndex: 'technicalField', render: (f: TRapidTechnicalField) => l.label(RAPID_TECHNICAL_FIELD_LABELS, f) },
    { title: t('rapid.enterprise'), dataIndex: 'enterprise', render: (_v, r) => r.enterprise.name },
    { title: t('rapid.submittedDate'), dataIndex: 'submittedDate' },
    { title: t('rapid.status'), dataIndex: 'status', render: (s: TRapidStatus, r) => <StatusTag status={s} tones={RAPID_STATUS_TONES} label={l.label(rapidStatusLabels(r.kind), s)} /> },
    { title: t('rapid.clock'), dataIndex: 'clock', render: (_v, r) => <RapidClockBadge clock={r.clock} /> },
  ];
  return (
    <>
      <PageHeader
        title={t('rapid.title')}
        description={t('rapid.description')}
        extra={
          <Space>
            <Link to="../rapid-service-levels">{t('rapidLevels.nav')}</Link>
            <ListExportButton fileName={t('rapid.title')} path="/rapid-protection/requests" params={params} />
            {canCreate && <Button onClick={() => setCreating('entity')}>{t('rapid.registerEntity')}</Button>}
            {canCreate && (
              <Button type="primary" onClick={() => setCreating('request')}>
                {t('rapid.create')}
              </Button>
            )}
          </Space>
        }
      />
      {creating === 'request' && <RapidRequestForm onDone={() => setCreating(null)} />}
      {creating === 'entity' && <RapidEntityForm onDone={() => setCreating(null)} />}
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Select<TRapidRequestKind | undefined> allowClear aria-label={t('rapid.kind')} placeholder={t('rapid.kind')} style={{ width: 160 }} options={l.options(RAPID_REQUEST_KIND_LABELS)} onChange={(kind) => filter({ kind })} />
        <Select<TRapidStatus | undefined> allowClear aria-label={t('rapid.status')} placeholder={t('rapid.status')} style={{ width: 180 }} options={l.options(params.kind ? rapidStatusLabels(params.kind) : RAPID_STATUS_LABELS)} onChange={(status) => filter({ status })} />
        <Select<TRapidTechnicalField | undefined>
          allowClear
          aria-label={t('rapid.technicalField')}
          placeholder={t('rapid.technicalField')}
          style={{ width: 180 }}
          options={l.options(RAPID_TECHNICAL_FIELD_LABELS)}
          onChange={(technicalField) => filter({ technicalField })}
        />
        <Input.Search allowClear aria-label={t('rapid.q')} placeholder={t('rapid.q')} style={{ width: 240 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
        <Checkbox onChange={(e) => filter({ overdue: e.target.checked ? 'true' : undefined })}>{t('rapid.onlyOverdue')}</Checkbox>
      </Space>
      <PagedTable columns={columns} query={requests} params={params} setParams={setParams} />
    </>
  );
}
