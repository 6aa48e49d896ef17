import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMe } from '@ipbureau/api-client';
import { districtsOf, formatYuan, hasModuleLevel, todayInChina } from '@ipbureau/domain';
import { OVERSEAS_DISPUTE_KIND_LABELS, OVERSEAS_STATUS_LABELS, type TOverseasDispute, type TOverseasDisputeCreateInput, type TOverseasDisputeKind, type TOverseasStatus } from '@ipbureau/domain/protection';
import { PageHeader, StatusTag, useServerErrors, type StatusTone } from '@ipbureau/ui';
import { useOverseasDisputes, useReportDispute, type TDisputeParams } from '../../api/overseas.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

export const OVERSEAS_STATUS_TONES: Record<TOverseasStatus, StatusTone> = { reported: 'processing', assisting: 'warning', resolved: 'success', closed: 'default' };

/** The amount involved with its currency, exact as recorded. */
export const amountOf = (d: Pick<TOverseasDispute, 'amount' | 'currency'>) => (d.amount === null ? '—' : `${d.currency} ${formatYuan(d.amount)}`);

/** Overseas disputes of local enterprises 海外维权援助, filtered by kind and status, with export. */
export function OverseasDisputesPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [creating, setCreating] = useState(false);
  const { params, setParams, filter } = useListParams<TDisputeParams>();
  const disputes = useOverseasDisputes(params);
  const columns: TableColumnsType<TOverseasDispute> = [
    { title: t('overseas.enterprise'), dataIndex: 'enterpriseName', render: (_v, d) => <Link to={d.id}>{d.enterpriseName}</Link> },
    { title: t('overseas.country'), dataIndex: 'country' },
    { title: t('overseas.kind'), dataIndex: 'kind', render: (k: TOverseasDisputeKind) => l.label(OVERSEAS_DISPUTE_KIND_LABELS, k) },
    { title: t('overseas.opponent'), dataIndex: 'opponent' },
    { title: t('overseas.amount'), dataIndex: 'amount', render: (_v, d) => amountOf(d) },
    { title: t('overseas.reportedDate'), dataIndex: 'reportedDate' },
    { title: t('overseas.status'), dataIndex: 'status', render: (s: TOverseasStatus) => <StatusTag status={s} tones={OVERSEAS_STATUS_TONES} label={l.label(OVERSEAS_STATUS_LABELS, s)} /> },
  ];
  return (
    <>
      <PageHeader
        title={t('overseas.title')}
        description={t('overseas.description')}
        extra={
          <Space>
            <Link to="../overseas-alerts">{t('overseas.alerts')}</Link>
            <ListExportButton fileName={t('overseas.title')} path="/overseas/disputes" params={params} />
            {canCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('overseas.create')}
              </Button>
            )}
          </Space>
        }
      />
      {creating && <DisputeForm onDone={() => setCreating(false)} />}
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Select<TOverseasDisputeKind | undefined> allowClear aria-label={t('overseas.kind')} placeholder={t('overseas.kind')} style={{ width: 180 }} options={l.options(OVERSEAS_DISPUTE_KIND_LABELS)} onChange={(kind) => filter({ kind })} />
        <Select<TOverseasStatus | undefined> allowClear aria-label={t('overseas.status')} placeholder={t('overseas.status')} style={{ width: 160 }} options={l.options(OVERSEAS_STATUS_LABELS)} onChange={(status) => filter({ status })} />
        <Input.Search allowClear aria-label={t('overseas.q')} placeholder={t('overseas.q')} style={{ width: 240 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
      </Space>
      <PagedTable columns={columns} query={disputes} params={params} setParams={setParams} />
    </>
  );
}

type Values = Omit<TOverseasDisputeCreateInput, 'amount' | 'currency'> & { amount?: string; currency?: string };

/** Records a dispute as reported; its page opens. The amount is sent as typed (an exact decimal) with its currency. */
function DisputeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const report = useReportDispute((saved) => void navigate(saved.id));
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const submit = (v: Values) => {
    errors.clear();
    const blank = (s?: string) => (s?.trim() ? s.trim() : null);
    report.mutate({ ...v, amount: blank(v.amount), currency: blank(v.currency) }, { onError: (error) => errors.show(error) });
  };
  return (
    <Modal open title={t('overseas.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={report.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name="overseas-dispute" layout="vertical" initialValues={{ reportedDate: todayInChina() }} onFinish={submit}>
        <Form.Item name="enterpriseName" label={t('overseas.enterprise')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="creditCode" label={t('credit.creditCode')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="country" label={t('overseas.country')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('overseas.kind')} rules={[{ required: true }]}>
          <Select options={l.options(OVERSEAS_DISPUTE_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="opponent" label={t('overseas.opponent')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="amount" label={t('overseas.amount')}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="currency" label={t('overseas.currency')}>
            <Input maxLength={3} placeholder="USD" />
          </Form.Item>
        </Space>
        <Form.Item name="reportedDate" label={t('overseas.reportedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
