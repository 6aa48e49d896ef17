import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Form, Input, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { hasModuleLevel } from '@ipbureau/domain';
import { PROTECTED_RIGHT_KIND_LABELS, REPORT_STATUS_LABELS, type TProtectedRightKind, type TReport, type TReportStatus } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { FilterBar, PageHeader, StatusTag, type StatusTone } from '@ipbureau/ui';
import type { TReportParams } from '../../api/reports.api';
import { useReports } from '../../api/reports.queries';
import { useLabels } from '../../labels';
import { ReportCreateForm } from './report-create-form';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

export const REPORT_STATUS_TONES: Record<TReportStatus, StatusTone> = {
  received: 'processing',
  verified: 'processing',
  not_verified: 'default',
  reward_proposed: 'warning',
  reward_approved: 'warning',
  paid: 'success',
};

type Filters = { status?: TReportStatus; rightKind?: TProtectedRightKind; receivedFrom?: string; receivedTo?: string; q?: string };
const optional = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** Reports and rewards 举报奖励: the reporter as the server answers it (masked unless the caller handles the report). */
export function ReportListPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [creating, setCreating] = useState(false);
  const { params, setParams } = useListParams<TReportParams>();
  const reports = useReports(params);
  const columns: TableColumnsType<TReport> = [
    { title: t('report.receivedDate'), dataIndex: 'receivedDate', render: (_v, r) => <Link to={r.id}>{r.receivedDate}</Link> },
    { title: t('report.reporter'), dataIndex: 'reporter', render: (_v, r) => `${r.reporter.name} ${r.reporter.phone}` },
    { title: t('report.subject'), dataIndex: 'subject' },
    { title: t('report.rightKind'), dataIndex: 'rightKind', render: (k: TProtectedRightKind) => l.label(PROTECTED_RIGHT_KIND_LABELS, k) },
    { title: t('report.handlingOfficer'), dataIndex: 'handlingOfficer', render: (_v, r) => r.handlingOfficer.name },
    { title: t('report.status'), dataIndex: 'status', render: (s: TReportStatus) => <StatusTag status={s} tones={REPORT_STATUS_TONES} label={l.label(REPORT_STATUS_LABELS, s)} /> },
    { title: t('report.caseNumber'), dataIndex: 'caseNumber', render: (_v, r) => (r.caseId ? <Link to={`../cases/${r.caseId}`} relative="path">{r.caseNumber}</Link> : '—') },
    { title: t('report.rewardAmount'), dataIndex: 'rewardAmount', render: (v: string | null) => l.yuan(v) },
  ];
  return (
    <>
      <PageHeader
        title={t('report.title')}
        description={t('report.description')}
        extra={
          <Space>
            <Link to="../report-reward-rules">{t('rewardRules.nav')}</Link>
            {canCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('report.create')}
              </Button>
            )}
          </Space>
        }
      />
      {creating && <ReportCreateForm onDone={() => setCreating(false)} />}
      <FilterBar<Filters>
        name="report-filters"
        onSearch={(f) => setParams({ ...f, receivedFrom: optional(f.receivedFrom), receivedTo: optional(f.receivedTo), q: optional(f.q), page: 1, pageSize: params.pageSize })}
        actions={<ListExportButton fileName={t('report.title')} path="/reports" params={params} />}
      >
        <Form.Item name="status" label={t('report.status')}>
          <Select allowClear style={{ width: 150 }} options={l.options(REPORT_STATUS_LABELS)} />
        </Form.Item>
        <Form.Item name="rightKind" label={t('report.rightKind')}>
          <Select allowClear style={{ width: 130 }} options={l.options(PROTECTED_RIGHT_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="receivedFrom" label={t('report.receivedDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="receivedTo" label="—">
          <Input type="date" aria-label={`${t('report.receivedDate')} —`} />
        </Form.Item>
        <Form.Item name="q" label={t('report.q')}>
          <Input allowClear />
        </Form.Item>
      </FilterBar>
      <PagedTable columns={columns} query={reports} params={params} setParams={setParams} />
    </>
  );
}
