import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPledgeDetail } from '@ipbureau/domain/utilization';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useUpdatePledge } from '../../features/pledges/api/pledges.mutations';
import { LenderNameInput } from '../../features/pledges/lender-name-input';

type Values = { lenderName: string; lenderCreditCode: string };
const FIELDS = ['lenderName', 'lenderCreditCode'] as const;

/**
 * Corrects the lender's name and credit code (how a pledge recorded before the code was asked
 * for gets one), sent with the version the page shows: a stale one is refused above the form.
 */
export function LenderModal({ pledge, onClose }: { pledge: TPledgeDetail; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const update = useUpdatePledge({
    onSuccess: () => {
      void message.success(t('lender.done'));
      onClose();
    },
    onError: errors.show,
  });

  return (
    <Modal open title={t('lender.title')} okText={t('transition.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={update.isPending} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<Values>
        form={form}
        name="pledge-lender"
        layout="vertical"
        initialValues={{ lenderName: pledge.lenderName, lenderCreditCode: pledge.lenderCreditCode ?? '' }}
        onFinish={(values) => {
          errors.clear();
          update.mutate({ id: pledge.id, body: { ...values, version: pledge.version } });
        }}
      >
        <Form.Item name="lenderName" label={t('pledges.lender')} rules={[{ required: true }]}>
          <LenderNameInput onPick={(lender) => form.setFieldsValue({ lenderName: lender.lenderName, lenderCreditCode: lender.lenderCreditCode ?? '' })} />
        </Form.Item>
        <Form.Item name="lenderCreditCode" label={t('pledges.lenderCreditCode')} extra={t('pledges.lenderCreditCodeHint')} rules={[{ required: true }]}>
          <Input maxLength={18} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
