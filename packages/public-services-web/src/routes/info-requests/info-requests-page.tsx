import { useState } from 'react';
import { Button, Form, Rate, Select, Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  INFO_REQUEST_ACTION_LABELS,
  INFO_REQUEST_KIND_LABELS,
  INFO_REQUEST_KINDS,
  INFO_REQUEST_STATUS_LABELS,
  INFO_REQUEST_STATUSES,
  type TInfoRequest,
  type TInfoRequestAction,
  type TInfoRequestStatus,
} from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, StatusTag } from '@ipbureau/ui';
import { useInfoRequests } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';
import { InfoRequestDetailDrawer } from './info-request-detail-drawer';
import { InfoRequestFormDrawer } from './info-request-form-drawer';
import { InfoRequestStepModal } from './info-request-step-modal';

type Filters = { kind?: string; status?: string };

const TONES: Record<TInfoRequestStatus, 'default' | 'processing' | 'success' | 'warning'> = { submitted: 'warning', assigned: 'processing', delivered: 'processing', rated: 'success', cancelled: 'default' };

/** 专利信息服务: requests with the steps their status allows (assign, deliver, rate, cancel). */
export function InfoRequestsPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const paging = usePagedFilters<Filters>({});
  const requests = useInfoRequests(paging.params);
  const [adding, setAdding] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const [step, setStep] = useState<{ request: TInfoRequest; action: TInfoRequestAction } | null>(null);
  const canWrite = useCanWrite();

  const columns: TableColumnsType<TInfoRequest> = [
    { title: t('infoRequests.requestedDate'), dataIndex: 'requestedDate', key: 'requestedDate' },
    { title: t('infoRequests.kind'), key: 'kind', render: (_, r) => label.of(INFO_REQUEST_KIND_LABELS[r.kind]) },
    { title: t('infoRequests.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('infoRequests.subject'), key: 'subject', render: (_, r) => <Typography.Link onClick={() => setOpened(r.id)}>{r.subject}</Typography.Link> },
    { title: t('infoRequests.provider'), key: 'provider', render: (_, r) => r.providerName ?? t('common.none') },
    { title: t('infoRequests.rating'), key: 'rating', render: (_, r) => (r.rating ? <Rate disabled value={r.rating} /> : t('common.none')) },
    { title: t('infoRequests.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} tones={TONES} label={label.of(INFO_REQUEST_STATUS_LABELS[r.status])} /> },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={4}>
          {r.allowedActions.map((action) => (
            <Button key={action} size="small" onClick={() => setStep({ request: r, action })}>
              {label.of(INFO_REQUEST_ACTION_LABELS[action])}
            </Button>
          ))}
        </Space>
      ),
    });
  }

  return (
    <PillarScreen
      title={t('infoRequests.title')}
      description={t('infoRequests.description')}
      extra={
        canWrite ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('infoRequests.create')}
          </Button>
        ) : null
      }
    >
      <FilterBar<Filters> name="info-request-filters" actions={<ExportButton fileName={t('infoRequests.title')} download={() => exportXlsx(client, servicePath('public-services', '/info-requests'), paging.params)} />} onSearch={paging.search}>
        <Form.Item name="kind" label={t('infoRequests.kind')}>
          <Select allowClear style={{ width: 140 }} options={INFO_REQUEST_KINDS.map((k) => ({ value: k, label: label.of(INFO_REQUEST_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('infoRequests.status')}>
          <Select allowClear style={{ width: 120 }} options={INFO_REQUEST_STATUSES.map((s) => ({ value: s, label: label.of(INFO_REQUEST_STATUS_LABELS[s]) }))} />
        </Form.Item>
      </FilterBar>
      <DataTable<TInfoRequest>
        columns={columns}
        rows={requests.data?.items ?? []}
        rowKey="id"
        loading={requests.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={requests.data?.total ?? 0}
        onChange={paging.onChange}
      />
      <InfoRequestFormDrawer open={adding} onClose={() => setAdding(false)} />
      <InfoRequestDetailDrawer id={opened} onClose={() => setOpened(null)} />
      {step ? <InfoRequestStepModal request={step.request} action={step.action} onClose={() => setStep(null)} /> : null}
    </PillarScreen>
  );
}
