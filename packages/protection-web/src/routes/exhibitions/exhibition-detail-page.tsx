import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Spin, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  EXHIBITION_COMPLAINT_ACTION_LABELS,
  EXHIBITION_COMPLAINT_STATUS_LABELS,
  PROTECTED_RIGHT_KIND_LABELS,
  type TExhibitionComplaint,
  type TExhibitionComplaintAction,
  type TExhibitionComplaintCreateInput,
  type TExhibitionComplaintStatus,
} from '@ipbureau/domain/protection';
import { hasModuleLevel, todayInChina } from '@ipbureau/domain';
import { useMe } from '@ipbureau/api-client';
import { PageHeader, StatusTag, useServerErrors, type StatusTone } from '@ipbureau/ui';
import { useAddExhibitionComplaint, useExhibition, useExhibitionComplaintOutcome } from '../../api/reports.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

const TONES: Record<TExhibitionComplaintStatus, StatusTone> = { pending: 'processing', withdrawn: 'success', not_established: 'default', referred: 'warning' };

/** One exhibition: its station and the complaints received during it, each with its outcome or the steps the caller may take. */
export function ExhibitionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const exhibition = useExhibition(id);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<{ complaint: TExhibitionComplaint; action: TExhibitionComplaintAction } | null>(null);
  if (exhibition.isPending) return <Spin />;
  if (exhibition.isError) return <Alert type="error" showIcon message={exhibition.error.message} />;
  const x = exhibition.data;
  const canAdd = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const columns: TableColumnsType<TExhibitionComplaint> = [
    { title: t('exhibition.receivedDate'), dataIndex: 'receivedDate' },
    { title: t('exhibition.complainant'), dataIndex: 'complainant' },
    { title: t('exhibition.exhibitor'), dataIndex: 'exhibitor' },
    { title: t('exhibition.booth'), dataIndex: 'booth' },
    { title: t('exhibition.rightKind'), dataIndex: 'rightKind', render: (_v, c) => `${l.label(PROTECTED_RIGHT_KIND_LABELS, c.rightKind)} ${c.rightNumber}` },
    { title: t('exhibition.status'), dataIndex: 'status', render: (s: TExhibitionComplaintStatus) => <StatusTag status={s} tones={TONES} label={l.label(EXHIBITION_COMPLAINT_STATUS_LABELS, s)} /> },
    { title: t('exhibition.handledDate'), dataIndex: 'handledDate', render: (d: string | null, c) => (c.caseId ? <Link to={`../../cases/${c.caseId}`} relative="path">{d}</Link> : (d ?? '—')) },
    {
      title: t('credit.nextActions'),
      key: 'actions',
      render: (_v, c) => (
        <Space>
          {c.allowedActions.map((a) => (
            <Button key={a} size="small" onClick={() => setOutcome({ complaint: c, action: a })}>
              {l.label(EXHIBITION_COMPLAINT_ACTION_LABELS, a)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={x.name}
        extra={
          <Space>
            {canAdd && (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('exhibition.addComplaint')}
              </Button>
            )}
            <Link to=".." relative="path">
              {t('exhibition.title')}
            </Link>
          </Space>
        }
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'venue', label: t('exhibition.venue'), children: x.venue },
          { key: 'dates', label: `${t('exhibition.startDate')} — ${t('exhibition.endDate')}`, children: `${x.startDate} — ${x.endDate}` },
          { key: 'station', label: t('exhibition.stationName'), children: x.stationContact ? `${x.stationName}（${x.stationContact}）` : x.stationName },
          { key: 'counts', label: `${t('exhibition.complaints')} / ${t('exhibition.handled')}`, children: `${x.complaints} / ${x.handled}` },
        ]}
      />
      <Card size="small" title={t('exhibition.complaints')}>
        <Table<TExhibitionComplaint> size="small" rowKey="id" columns={columns} dataSource={x.complaintList} pagination={false} />
      </Card>
      {adding && <ComplaintForm exhibitionId={x.id} startDate={x.startDate} onDone={() => setAdding(false)} />}
      {outcome && <OutcomeForm exhibitionId={x.id} {...outcome} onDone={() => setOutcome(null)} />}
    </>
  );
}

function ComplaintForm({ exhibitionId, startDate, onDone }: { exhibitionId: string; startDate: string; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<TExhibitionComplaintCreateInput>();
  const errors = useServerErrors(form);
  const add = useAddExhibitionComplaint(exhibitionId, onDone);
  const text = (name: keyof TExhibitionComplaintCreateInput, required = true) => (
    <Form.Item name={name} label={t(`exhibition.${name}`)} rules={[{ required }]}>
      <Input />
    </Form.Item>
  );
  return (
    <Modal open title={t('exhibition.addComplaint')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={add.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TExhibitionComplaintCreateInput>
        form={form}
        name="exhibition-complaint"
        layout="vertical"
        initialValues={{ receivedDate: todayInChina() < startDate ? startDate : todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          add.mutate({ ...v, complainantCreditCode: v.complainantCreditCode?.trim() ? v.complainantCreditCode.trim() : null }, { onError: (error) => errors.show(error) });
        }}
      >
        {text('complainant')}
        {text('complainantCreditCode', false)}
        {text('exhibitor')}
        {text('booth')}
        <Form.Item name="rightKind" label={t('exhibition.rightKind')} rules={[{ required: true }]}>
          <Select options={l.options(PROTECTED_RIGHT_KIND_LABELS)} />
        </Form.Item>
        {text('rightNumber')}
        <Form.Item name="receivedDate" label={t('exhibition.receivedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function OutcomeForm({ exhibitionId, complaint, action, onDone }: { exhibitionId: string; complaint: TExhibitionComplaint; action: TExhibitionComplaintAction; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<{ effectiveDate: string; caseId?: string; note?: string }>();
  const errors = useServerErrors(form);
  const save = useExhibitionComplaintOutcome(exhibitionId, onDone);
  return (
    <Modal open title={l.label(EXHIBITION_COMPLAINT_ACTION_LABELS, action)} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={save.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form
        form={form}
        name={`exhibition-${action}`}
        layout="vertical"
        initialValues={{ effectiveDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          save.mutate({ complaintId: complaint.id, action, version: complaint.version, effectiveDate: v.effectiveDate, caseId: v.caseId?.trim() ? v.caseId.trim() : null, ...(v.note ? { note: v.note } : {}) }, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {action === 'refer' && (
          <Form.Item name="caseId" label={t('exhibition.caseId')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
