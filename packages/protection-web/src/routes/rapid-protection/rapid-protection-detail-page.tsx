import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Form, Input, Modal, Spin } from 'antd';
import { PATENT_TYPE_LABELS, todayInChina } from '@ipbureau/domain';
import {
  RAPID_REQUEST_KIND_LABELS,
  RAPID_TECHNICAL_FIELD_LABELS,
  rapidActionLabels,
  rapidStatusLabels,
  type TRapidAction,
  type TRapidRequestDetail,
  type TRapidTransitionInput,
} from '@ipbureau/domain/protection';
import { StatusTag, useServerErrors } from '@ipbureau/ui';
import { useRapidRequest, useRapidStep } from '../../api/rapid-protection.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { RapidClockBadge } from './rapid-clock';
import { RAPID_STATUS_TONES } from './rapid-protection-list-page';
import { RecordPage } from '../record-page';

/** One request: the enterprise and application, the clock, the dated steps and the caller's next steps. */
export function RapidProtectionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const l = useLabels();
  const request = useRapidRequest(id);
  if (request.isPending) return <Spin />;
  if (request.isError) return <Alert type="error" showIcon message={request.error.message} />;
  const r = request.data;
  // A rights determination words its outcome as 确权, a pre-examination as 预审.
  const statusWords = rapidStatusLabels(r.kind);
  const actionWords = rapidActionLabels(r.kind);
  const items = [
    { key: 'status', label: t('rapid.status'), children: <StatusTag status={r.status} tones={RAPID_STATUS_TONES} label={l.label(statusWords, r.status)} /> },
    { key: 'clock', label: t('rapid.clock'), children: <RapidClockBadge clock={r.clock} /> },
    { key: 'kind', label: t('rapid.kind'), children: l.label(RAPID_REQUEST_KIND_LABELS, r.kind) },
    { key: 'patentType', label: t('rapid.patentType'), children: l.label(PATENT_TYPE_LABELS, r.patentType) },
    { key: 'technicalField', label: t('rapid.technicalField'), children: l.label(RAPID_TECHNICAL_FIELD_LABELS, r.technicalField) },
    { key: 'enterprise', label: t('rapid.enterprise'), children: `${r.enterprise.name}（${r.enterprise.creditCode}）` },
    { key: 'submittedDate', label: t('rapid.submittedDate'), children: r.submittedDate },
    { key: 'decidedDate', label: t('rapid.decidedDate'), children: r.decidedDate ?? '—' },
    { key: 'district', label: t('fields.district'), children: l.district(r.district) },
    { key: 'reason', label: t('credit.reason'), children: r.reason ?? '—' },
  ];
  return (
    <RecordPage
      title={`${r.applicationNumber} ${r.title}`}
      backLabel={t('rapid.title')}
      actions={r.allowedActions}
      labels={actionWords}
      items={items}
      steps={{
        steps: r.timeline,
        testId: 'rapid-step',
        heading: (step) => <>{l.label(actionWords, step.action)} → {l.label(statusWords, step.toStatus)}</>,
        details: (step) => step.reason && <div>{step.reason}</div>,
      }}
      version={r.version}
      refetch={request.refetch}
      stepForm={(action, handlers) => <StepForm request={r} action={action} {...handlers} />}
    />
  );
}

function StepForm({ request, action, onDone, onStale }: { request: TRapidRequestDetail; action: TRapidAction; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const errors = useServerErrors(form);
  const step = useRapidStep(request.id, onDone);
  const needsReason = action === 'fail' || action === 'withdraw';
  const submit = (values: Record<string, string | undefined>) => {
    errors.clear();
    step.mutate({ ...values, action, version: request.version } as TRapidTransitionInput, {
      onError: (error) => {
        errors.show(error);
        if (error.code === 'CONFLICT') onStale();
      },
    });
  };
  return (
    <Modal open title={l.label(rapidActionLabels(request.kind), action)} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={step.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form form={form} name={`rapid-${action}`} layout="vertical" initialValues={{ effectiveDate: todayInChina() }} onFinish={submit}>
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {needsReason && (
          <Form.Item name="reason" label={t('credit.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
