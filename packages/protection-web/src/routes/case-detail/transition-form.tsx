import { useTranslation } from 'react-i18next';
import { Form, Input, Modal, Select } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import { CASE_ACTION_LABELS, CASE_OUTCOME_LABELS, TRANSFER_RECIPIENT_KIND_LABELS, type TCaseAction, type TCaseDetail, type TCaseTransitionInput } from '@ipbureau/domain/protection';
import { useCaseTransition } from '../../api/cases.mutations';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { useServerErrors } from '@ipbureau/ui';

export interface TransitionFormProps {
  caseFile: TCaseDetail;
  action: TCaseAction;
  onDone: () => void;
  /** The case changed under the user (409 on a stale version): the page reloads it. */
  onStale: () => void;
}

type Values = Record<string, string | undefined>;

/** The form of one step: its date and note, and what that step records (decision, receiving body, agreement date, reason). */
export function TransitionForm({ caseFile, action, onDone, onStale }: TransitionFormProps) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const transition = useCaseTransition(caseFile.id, onDone);

  const submit = (values: Values) => {
    errors.clear();
    // A decision that the violation is not established carries no amounts, even ones typed before the outcome changed.
    const { fineAmount, confiscationAmount, ...rest } = values;
    const amounts = values.outcome === 'punished' ? { fineAmount, confiscationAmount } : {};
    const body = { ...rest, ...amounts, action, version: caseFile.version } as TCaseTransitionInput;
    transition.mutate(body, {
      onError: (error) => {
        errors.show(error);
        if (error.code === 'CONFLICT') onStale();
      },
    });
  };
  const text = (name: string, required = true) => (
    <Form.Item name={name} label={t(`fields.${name}`)} rules={[{ required }]}>
      <Input />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={l.label(CASE_ACTION_LABELS, action)}
      okText={t('detail.submit')}
      cancelText={t('detail.cancel')}
      onOk={() => form.submit()}
      onCancel={onDone}
      confirmLoading={transition.isPending}
      destroyOnHidden
    >
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name={`transition-${action}`} layout="vertical" initialValues={{ effectiveDate: todayInChina(), ...(action === 'decide' ? { outcome: 'punished' } : {}) }} onFinish={submit}>
        <Form.Item name="effectiveDate" label={t('fields.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {action === 'decide' && (
          <>
            <Form.Item name="outcome" label={t('fields.outcome')}>
              <Select options={l.options(CASE_OUTCOME_LABELS)} />
            </Form.Item>
            {text('decisionNumber')}
            <Form.Item noStyle dependencies={['outcome']}>
              {() =>
                form.getFieldValue('outcome') === 'punished' ? (
                  <>
                    {text('fineAmount')}
                    {text('confiscationAmount')}
                  </>
                ) : null
              }
            </Form.Item>
          </>
        )}
        {action === 'transfer' && (
          <>
            <Form.Item name="recipientKind" label={t('fields.recipientKind')} rules={[{ required: true }]}>
              <Select options={l.options(TRANSFER_RECIPIENT_KIND_LABELS)} />
            </Form.Item>
            {text('recipientName')}
          </>
        )}
        {(action === 'withdraw' || action === 'suspend' || action === 'extend') && text('reason')}
        {action === 'mediate' && (
          <Form.Item name="agreementDate" label={t('fields.agreementDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
