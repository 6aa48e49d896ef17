import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Form, Input, Modal, Select, Spin } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import {
  ADJUDICATION_ACTION_LABELS,
  ADJUDICATION_KIND_LABELS,
  ADJUDICATION_STATUS_LABELS,
  type TAdjudicationAction,
  type TAdjudicationDetail,
  type TAdjudicationTransitionInput,
} from '@ipbureau/domain/protection';
import { StatusTag, useServerErrors } from '@ipbureau/ui';
import { useAdjudication, useAdjudicationStep } from '../../api/credit.queries';
import { FormAlert } from '../../forms/form-alert';
import { ADJUDICATION_STATUS_TONES, useLabels } from '../../labels';
import { DeadlineBadge } from '../deadline-badge';
import { RecordPage } from '../record-page';

/** One adjudication or mediation request: its parties, time limit, dated steps (hearings included) and the caller's next steps. */
export function AdjudicationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const l = useLabels();
  const request = useAdjudication(id);
  if (request.isPending) return <Spin />;
  if (request.isError) return <Alert type="error" showIcon message={request.error.message} />;
  const r = request.data;
  const party = (p: { name: string; creditCode: string | null }) => (p.creditCode ? `${p.name}（${p.creditCode}）` : p.name);
  const items = [
    { key: 'status', label: t('adjudication.status'), children: <StatusTag status={r.status} tones={ADJUDICATION_STATUS_TONES} label={l.label(ADJUDICATION_STATUS_LABELS, r.status)} /> },
    { key: 'deadline', label: t('deadline.title'), children: <DeadlineBadge deadline={r.deadline} /> },
    { key: 'kind', label: t('adjudication.kind'), children: l.label(ADJUDICATION_KIND_LABELS, r.kind) },
    { key: 'patentNumber', label: t('adjudication.patentNumber'), children: r.patentNumber ?? '—' },
    { key: 'applicant', label: t('adjudication.applicant'), children: party(r.applicant) },
    { key: 'respondent', label: t('adjudication.respondent'), children: party(r.respondent) },
    { key: 'receivedDate', label: t('adjudication.receivedDate'), children: r.receivedDate },
    { key: 'acceptedDate', label: t('adjudication.acceptedDate'), children: r.acceptedDate ?? '—' },
    { key: 'district', label: t('fields.district'), children: l.district(r.district) },
    { key: 'subject', label: t('adjudication.subject'), children: r.subject },
  ];
  const actionLabel = (a: TAdjudicationDetail['timeline'][number]['action']) => l.label(ADJUDICATION_ACTION_LABELS, a);
  return (
    <RecordPage
      title={`${r.requestNumber} ${r.subject}`}
      backLabel={t('nav.adjudication')}
      actions={r.allowedActions}
      labels={ADJUDICATION_ACTION_LABELS}
      items={items}
      steps={{
        steps: r.timeline,
        testId: 'adjudication-step',
        heading: (step) => <>{actionLabel(step.action)} → {l.label(ADJUDICATION_STATUS_LABELS, step.toStatus)}</>,
        details: (step) =>
          Object.entries(step.details).map(([key, value]) => (
            <div key={key}>
              {t(`adjudication.${key}`, { defaultValue: key })}: {value}
            </div>
          )),
      }}
      version={r.version}
      refetch={request.refetch}
      stepForm={(action, handlers) => <StepForm request={r} action={action} {...handlers} />}
    />
  );
}

type Values = Record<string, string | undefined>;

/** The fields each step records besides its date and note. */
const STEP_FIELDS: Partial<Record<TAdjudicationAction, string[]>> = {
  hear: ['place'],
  adjudicate: ['decisionNumber'],
  confirm: ['court'],
  hand_over: ['recipientKind', 'recipientName'],
  withdraw: ['reason'],
  suspend: ['reason'],
  extend: ['reason'],
};

function StepForm({ request, action, onDone, onStale }: { request: TAdjudicationDetail; action: TAdjudicationAction; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const step = useAdjudicationStep(request.id, onDone);
  const submit = (values: Values) => {
    errors.clear();
    const body = { ...values, action, version: request.version } as TAdjudicationTransitionInput;
    step.mutate(body, {
      onError: (error) => {
        errors.show(error);
        if (error.code === 'CONFLICT') onStale();
      },
    });
  };
  return (
    <Modal open title={l.label(ADJUDICATION_ACTION_LABELS, action)} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={step.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name={`adjudication-${action}`} layout="vertical" initialValues={{ effectiveDate: todayInChina() }} onFinish={submit}>
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {(STEP_FIELDS[action] ?? []).map((field) => (
          <Form.Item key={field} name={field} label={t(`adjudication.${field}`)} rules={[{ required: true }]}>
            {field === 'recipientKind' ? (
              <Select
                options={[
                  { value: 'arbitration', label: t('adjudication.arbitration') },
                  { value: 'court', label: t('adjudication.toCourt') },
                ]}
              />
            ) : (
              <Input />
            )}
          </Form.Item>
        ))}
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
