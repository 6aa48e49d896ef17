import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { districtsOf, hasModuleLevel, todayInChina } from '@ipbureau/domain';
import {
  ECOMMERCE_ACTION_LABELS,
  ECOMMERCE_STATUS_LABELS,
  PROTECTED_RIGHT_KIND_LABELS,
  type TEcommerceAction,
  type TEcommerceComplaint,
  type TEcommerceComplaintCreateInput,
  type TEcommerceStatus,
} from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { FilterBar, PageHeader, StatusTag, useServerErrors, type StatusTone } from '@ipbureau/ui';
import type { TEcommerceParams } from '../../api/reports.api';
import { useCreateEcommerce, useEcommerceComplaints, useEcommerceOutcome } from '../../api/reports.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

const TONES: Record<TEcommerceStatus, StatusTone> = { pending: 'processing', taken_down: 'success', rejected: 'default' };
type Filters = { status?: TEcommerceStatus; platform?: string; district?: string; q?: string };
const optional = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** E-commerce complaints 电商投诉 with their take-down outcome; an officer records new ones and their outcome from the list. */
export function EcommercePage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<{ complaint: TEcommerceComplaint; action: TEcommerceAction } | null>(null);
  const { params, setParams } = useListParams<TEcommerceParams>();
  const complaints = useEcommerceComplaints(params);
  const columns: TableColumnsType<TEcommerceComplaint> = [
    { title: t('ecommerce.receivedDate'), dataIndex: 'receivedDate' },
    { title: t('ecommerce.platform'), dataIndex: 'platform' },
    {
      title: t('ecommerce.shop'),
      dataIndex: 'shop',
      render: (_v, c) => (
        <a href={c.link} target="_blank" rel="noreferrer noopener">
          {c.shop}
        </a>
      ),
    },
    { title: t('ecommerce.complainant'), dataIndex: 'complainant' },
    { title: t('ecommerce.rightKind'), dataIndex: 'rightKind', render: (_v, c) => `${l.label(PROTECTED_RIGHT_KIND_LABELS, c.rightKind)} ${c.rightNumber}` },
    { title: t('ecommerce.status'), dataIndex: 'status', render: (s: TEcommerceStatus) => <StatusTag status={s} tones={TONES} label={l.label(ECOMMERCE_STATUS_LABELS, s)} /> },
    { title: t('ecommerce.outcomeDate'), dataIndex: 'outcomeDate', render: (d: string | null) => d ?? '—' },
    {
      title: t('credit.nextActions'),
      key: 'actions',
      render: (_v, c) => (
        <Space>
          {c.allowedActions.map((a) => (
            <Button key={a} size="small" onClick={() => setOutcome({ complaint: c, action: a })}>
              {l.label(ECOMMERCE_ACTION_LABELS, a)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('ecommerce.title')}
        description={t('ecommerce.description')}
        extra={
          canCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('ecommerce.create')}
            </Button>
          )
        }
      />
      {creating && <EcommerceCreateForm districts={districts} onDone={() => setCreating(false)} />}
      {outcome && <OutcomeForm {...outcome} onDone={() => setOutcome(null)} />}
      <FilterBar<Filters>
        name="ecommerce-filters"
        onSearch={(f) => setParams({ status: f.status, district: f.district, platform: optional(f.platform), q: optional(f.q), page: 1, pageSize: params.pageSize })}
        actions={<ListExportButton fileName={t('ecommerce.title')} path="/ecommerce-complaints" params={params} />}
      >
        <Form.Item name="status" label={t('ecommerce.status')}>
          <Select allowClear style={{ width: 130 }} options={l.options(ECOMMERCE_STATUS_LABELS)} />
        </Form.Item>
        <Form.Item name="platform" label={t('ecommerce.platform')}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="district" label={t('fields.district')}>
          <Select allowClear style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="q" label={t('ecommerce.q')}>
          <Input allowClear />
        </Form.Item>
      </FilterBar>
      <PagedTable columns={columns} query={complaints} params={params} setParams={setParams} />
    </>
  );
}

function EcommerceCreateForm({ districts, onDone }: { districts: { value: string; label: string }[]; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<TEcommerceComplaintCreateInput>();
  const errors = useServerErrors(form);
  const create = useCreateEcommerce(onDone);
  const text = (name: keyof TEcommerceComplaintCreateInput) => (
    <Form.Item name={name} label={t(`ecommerce.${name}`)} rules={[{ required: true }]}>
      <Input />
    </Form.Item>
  );
  return (
    <Modal open title={t('ecommerce.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={create.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TEcommerceComplaintCreateInput>
        form={form}
        name="ecommerce-create"
        layout="vertical"
        initialValues={{ receivedDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          create.mutate(v, { onError: (error) => errors.show(error) });
        }}
      >
        {text('platform')}
        {text('shop')}
        {text('link')}
        {text('complainant')}
        <Form.Item name="rightKind" label={t('ecommerce.rightKind')} rules={[{ required: true }]}>
          <Select options={l.options(PROTECTED_RIGHT_KIND_LABELS)} />
        </Form.Item>
        {text('rightNumber')}
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
        <Form.Item name="receivedDate" label={t('ecommerce.receivedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function OutcomeForm({ complaint, action, onDone }: { complaint: TEcommerceComplaint; action: TEcommerceAction; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<{ effectiveDate: string; note?: string }>();
  const errors = useServerErrors(form);
  const save = useEcommerceOutcome(onDone);
  return (
    <Modal open title={l.label(ECOMMERCE_ACTION_LABELS, action)} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={save.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form
        form={form}
        name={`ecommerce-${action}`}
        layout="vertical"
        initialValues={{ effectiveDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          save.mutate({ id: complaint.id, action, version: complaint.version, effectiveDate: v.effectiveDate, ...(v.note ? { note: v.note } : {}) }, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
