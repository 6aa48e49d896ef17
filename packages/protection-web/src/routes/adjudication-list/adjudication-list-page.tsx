import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@ipbureau/api-client';
import { Link } from 'react-router';
import { Button, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { ADJUDICATION_KIND_LABELS, ADJUDICATION_STATUS_LABELS, type TAdjudicationKind, type TAdjudicationRequest, type TAdjudicationStatus } from '@ipbureau/domain/protection';
import { hasModuleLevel } from '@ipbureau/domain';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import type { TAdjudicationParams } from '../../api/credit.api';
import { useAdjudications } from '../../api/credit.queries';
import { ADJUDICATION_STATUS_TONES, useLabels } from '../../labels';
import { AdjudicationCreateForm } from '../adjudication-create/adjudication-create-form';
import { DeadlineBadge } from '../deadline-badge';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

/** Adjudication and mediation requests 行政裁决与调解, with the time limit of accepted adjudications. */
export function AdjudicationListPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [creating, setCreating] = useState(false);
  const { params, setParams, filter } = useListParams<TAdjudicationParams>();
  const requests = useAdjudications(params);
  const columns: TableColumnsType<TAdjudicationRequest> = [
    { title: t('adjudication.requestNumber'), dataIndex: 'requestNumber', render: (_v, r) => <Link to={r.id}>{r.requestNumber}</Link> },
    { title: t('adjudication.kind'), dataIndex: 'kind', render: (k: TAdjudicationKind) => l.label(ADJUDICATION_KIND_LABELS, k) },
    { title: t('adjudication.subject'), dataIndex: 'subject' },
    { title: t('adjudication.applicant'), dataIndex: 'applicant', render: (_v, r) => r.applicant.name },
    { title: t('adjudication.respondent'), dataIndex: 'respondent', render: (_v, r) => r.respondent.name },
    { title: t('adjudication.receivedDate'), dataIndex: 'receivedDate' },
    { title: t('adjudication.status'), dataIndex: 'status', render: (s: TAdjudicationStatus) => <StatusTag status={s} tones={ADJUDICATION_STATUS_TONES} label={l.label(ADJUDICATION_STATUS_LABELS, s)} /> },
    { title: t('adjudication.statusDate'), dataIndex: 'statusDate' },
    { title: t('deadline.title'), dataIndex: 'deadline', render: (_v, r) => <DeadlineBadge deadline={r.deadline} /> },
  ];
  return (
    <>
      <PageHeader
        title={t('adjudication.title')}
        description={t('adjudication.description')}
        extra={
          <Space>
            <ListExportButton fileName={t('adjudication.title')} path="/adjudication-requests" params={params} />
            {canCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('adjudication.create')}
              </Button>
            )}
          </Space>
        }
      />
      {creating && <AdjudicationCreateForm onDone={() => setCreating(false)} />}
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Select<TAdjudicationKind | undefined>
          allowClear
          aria-label={t('adjudication.kind')}
          placeholder={t('adjudication.kind')}
          style={{ width: 180 }}
          options={l.options(ADJUDICATION_KIND_LABELS)}
          onChange={(kind) => filter({ kind })}
        />
        <Select<TAdjudicationStatus | undefined>
          allowClear
          aria-label={t('adjudication.status')}
          placeholder={t('adjudication.status')}
          style={{ width: 180 }}
          options={l.options(ADJUDICATION_STATUS_LABELS)}
          onChange={(status) => filter({ status })}
        />
      </Space>
      <PagedTable columns={columns} query={requests} params={params} setParams={setParams} />
    </>
  );
}
