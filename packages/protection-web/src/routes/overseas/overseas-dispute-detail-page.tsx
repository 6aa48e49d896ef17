import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Form, Input, Modal, Spin } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import { OVERSEAS_ACTION_LABELS, OVERSEAS_DISPUTE_KIND_LABELS, OVERSEAS_STATUS_LABELS, type TOverseasAction, type TOverseasDisputeDetail, type TOverseasTransitionInput } from '@ipbureau/domain/protection';
import { StatusTag, useServerErrors } from '@ipbureau/ui';
import { useDisputeStep, useOverseasDispute } from '../../api/overseas.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { amountOf, OVERSEAS_STATUS_TONES } from './overseas-disputes-page';
import { RecordPage } from '../record-page';

/** One overseas dispute: the parties and amount, the assistance given step by step, and the next steps. */
export function OverseasDisputeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const l = useLabels();
  const dispute = useOverseasDispute(id);
  if (dispute.isPending) return <Spin />;
  if (dispute.isError) return <Alert type="error" showIcon message={dispute.error.message} />;
  const d = dispute.data;
  const items = [
    { key: 'status', label: t('overseas.status'), children: <StatusTag status={d.status} tones={OVERSEAS_STATUS_TONES} label={l.label(OVERSEAS_STATUS_LABELS, d.status)} /> },
    { key: 'kind', label: t('overseas.kind'), children: l.label(OVERSEAS_DISPUTE_KIND_LABELS, d.kind) },
    { key: 'enterprise', label: t('overseas.enterprise'), children: `${d.enterpriseName}（${d.creditCode}）` },
    { key: 'country', label: t('overseas.country'), children: d.country },
    { key: 'opponent', label: t('overseas.opponent'), children: d.opponent },
    { key: 'amount', label: t('overseas.amount'), children: amountOf(d) },
    { key: 'reportedDate', label: t('overseas.reportedDate'), children: d.reportedDate },
    { key: 'district', label: t('fields.district'), children: l.district(d.district) },
  ];
  return (
    <RecordPage
      title={`${d.enterpriseName} · ${d.country}`}
      backLabel={t('overseas.title')}
      actions={d.allowedActions}
      labels={OVERSEAS_ACTION_LABELS}
      items={items}
      steps={{
        steps: d.timeline,
        testId: 'overseas-step',
        heading: (step) => <>{l.label(OVERSEAS_ACTION_LABELS, step.action)} → {l.label(OVERSEAS_STATUS_LABELS, step.toStatus)}</>,
        details: (step) => step.assistance && <div>{step.assistance}</div>,
      }}
      version={d.version}
      refetch={dispute.refetch}
      stepForm={(action, handlers) => <StepForm dispute={d} action={action} {...handlers} />}
    />
  );
}

function StepForm({ dispute, action, onDone, onStale }: { dispute: TOverseasDisputeDetail; action: TOverseasAction; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<{ effectiveDate: string; assistance: string; note?: string }>();
  const errors = useServerErrors(form);
  const step = useDisputeStep(dispute.id, onDone);
  return (
    <Modal open title={l.label(OVERSEAS_ACTION_LABELS, action)} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={step.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form
        form={form}
        name={`overseas-${action}`}
        layout="vertical"
        initialValues={{ effectiveDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          step.mutate({ ...v, action, version: dispute.version } as TOverseasTransitionInput, {
            onError: (error) => {
              errors.show(error);
              if (error.code === 'CONFLICT') onStale();
            },
          });
        }}
      >
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="assistance" label={t(`overseas.assistance_${action}`)} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
