import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Form, Input, Modal, Spin } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import {
  BLACKLIST_ACTION_LABELS,
  BLACKLIST_SOURCE_LABELS,
  BLACKLIST_STATUS_LABELS,
  BLACKLIST_SUBJECT_KIND_LABELS,
  type TBlacklistAction,
  type TBlacklistEntryDetail,
} from '@ipbureau/domain/protection';
import { StatusTag, useServerErrors } from '@ipbureau/ui';
import { useBlacklistEntry, useBlacklistTransition } from '../../api/credit.queries';
import { FormAlert } from '../../forms/form-alert';
import { BLACKLIST_STATUS_TONES, useLabels } from '../../labels';
import { RecordPage } from '../record-page';

/** One blacklist entry: what it rests on, its dated steps, and publication or removal for the approver. */
export function BlacklistDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const l = useLabels();
  const entry = useBlacklistEntry(id);
  if (entry.isPending) return <Spin />;
  if (entry.isError) return <Alert type="error" showIcon message={entry.error.message} />;
  const e = entry.data;
  const items = [
    { key: 'status', label: t('credit.status'), children: <StatusTag status={e.status} tones={BLACKLIST_STATUS_TONES} label={l.label(BLACKLIST_STATUS_LABELS, e.status)} /> },
    { key: 'creditCode', label: t('credit.creditCode'), children: e.creditCode },
    { key: 'subjectKind', label: t('credit.subjectKind'), children: l.label(BLACKLIST_SUBJECT_KIND_LABELS, e.subjectKind) },
    {
      key: 'source',
      label: t('credit.source'),
      children: e.caseId ? <Link to={`../../cases/${e.caseId}`}>{e.caseNumber}</Link> : `${l.label(BLACKLIST_SOURCE_LABELS, e.source)} ${e.referralId ?? ''}`,
    },
    { key: 'decidedOn', label: t('credit.decidedOn'), children: e.decidedOn },
    { key: 'violation', label: t('credit.violation'), children: e.violation ?? '—' },
    { key: 'district', label: t('fields.district'), children: l.district(e.district) },
    { key: 'listedDate', label: t('credit.listedDate'), children: e.listedDate },
    { key: 'publishedDate', label: t('credit.publishedDate'), children: e.publishedDate ?? '—' },
    { key: 'removedDate', label: t('credit.removedDate'), children: e.removedDate ?? '—' },
    { key: 'grounds', label: t('credit.grounds'), children: e.grounds, span: 2 },
  ];
  return (
    <RecordPage
      title={`${e.name}（${e.creditCode}）`}
      backLabel={t('nav.blacklist')}
      actions={e.allowedActions}
      labels={BLACKLIST_ACTION_LABELS}
      items={items}
      steps={{
        steps: e.timeline,
        testId: 'blacklist-step',
        title: t('credit.timeline'),
        heading: (step) => <>{l.label(BLACKLIST_ACTION_LABELS, step.action)} → {l.label(BLACKLIST_STATUS_LABELS, step.toStatus)}</>,
        details: (step) => step.reason && <div>{step.reason}</div>,
      }}
      version={e.version}
      refetch={entry.refetch}
      stepForm={(action, handlers) => <StepForm entry={e} action={action} {...handlers} />}
    />
  );
}

type Values = { effectiveDate: string; reason?: string };

function StepForm({ entry, action, onDone, onStale }: { entry: TBlacklistEntryDetail; action: TBlacklistAction; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const transition = useBlacklistTransition(entry.id, onDone);
  const submit = (values: Values) => {
    errors.clear();
    transition.mutate(
      { action, version: entry.version, effectiveDate: values.effectiveDate, ...(values.reason ? { reason: values.reason } : {}) },
      {
        onError: (error) => {
          errors.show(error);
          if (error.code === 'CONFLICT') onStale();
        },
      },
    );
  };
  return (
    <Modal open title={l.label(BLACKLIST_ACTION_LABELS, action)} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={transition.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name={`blacklist-${action}`} layout="vertical" initialValues={{ effectiveDate: todayInChina() }} onFinish={submit}>
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('credit.reason')} rules={[{ required: action === 'remove' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
