import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPledgeAction, TPledgeDetail, TPledgeTransition } from '@ipbureau/domain/utilization';
import { useTransitionPledge } from '../../features/pledges/api/pledges.mutations';
import { usePledgeLabels } from '../../features/pledges/pledge-labels';
import { FormError, useServerErrors } from '@ipbureau/ui';

type Values = { effectiveDate: string; registrationNumber?: string; amount?: string; maturityDate?: string; note?: string };
const FIELDS = ['effectiveDate', 'registrationNumber', 'amount', 'maturityDate', 'note'] as const;

/** The fields each step asks for besides its date and note. */
const EXTRA_FIELDS: Record<TPledgeAction, readonly ('registrationNumber' | 'amount' | 'maturityDate')[]> = {
  register: ['registrationNumber'],
  disburse: ['amount', 'maturityDate'],
  repay: ['amount'],
  extend: ['maturityDate'],
  default: [],
  release: [],
  withdraw: [],
};

/**
 * One step of the lifecycle, sent with the version the page shows: if someone else moved the
 * pledge meanwhile, the server refuses (409) and the message says so above the form.
 */
export function TransitionModal({ pledge, action, onClose }: { pledge: TPledgeDetail; action: TPledgeAction; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const labels = usePledgeLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const transition = useTransitionPledge({
    onSuccess: () => {
      void message.success(t('transition.done', { action: labels.action(action) }));
      onClose();
    },
    onError: errors.show,
  });
  const extra = EXTRA_FIELDS[action];

  const submit = (values: Values) => {
    errors.clear();
    const body = { ...values, note: values.note || undefined, action, version: pledge.version } as TPledgeTransition;
    transition.mutate({ id: pledge.id, body });
  };

  return (
    <Modal
      open
      title={t('transition.title', { action: labels.action(action) })}
      okText={t('transition.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transition.isPending}
      destroyOnHidden
    >
      <FormError message={errors.formError} />
      <Form<Values> form={form} name={`pledge-${action}`} layout="vertical" onFinish={submit}>
        <Form.Item name="effectiveDate" label={t('transition.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {extra.includes('registrationNumber') ? (
          <Form.Item name="registrationNumber" label={t('transition.registrationNumber')} rules={[{ required: true }]}>
            <Input maxLength={50} />
          </Form.Item>
        ) : null}
        {extra.includes('amount') ? (
          <Form.Item name="amount" label={t('transition.amount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
        ) : null}
        {extra.includes('maturityDate') ? (
          <Form.Item name="maturityDate" label={action === 'extend' ? t('transition.newMaturityDate') : t('transition.maturityDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('transition.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
