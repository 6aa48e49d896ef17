import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@ipbureau/api-client';
import type { TSubsidyAction, TSubsidyApplicationDetail } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useSubsidyAct } from '../../features/subsidies/api/subsidies.mutations';
import { SUBSIDY_OPINION_ACTIONS } from '../../features/subsidies/subsidies.messages';

type Values = { effectiveDate: string; opinion?: string; voucherNumber?: string };
const FIELDS = ['effectiveDate', 'opinion', 'voucherNumber'] as const;

/** One review step (初审/复审/补正/拨付) against the version on screen: its date, its opinion, and the voucher of a payment. */
export function ReviewDialog({ application, action, onClose }: { application: TSubsidyApplicationDetail; action: TSubsidyAction; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const act = useSubsidyAct({ onSuccess: () => void message.success(t('subsidy.done')) });
  const needsOpinion = SUBSIDY_OPINION_ACTIONS[action];
  const isPayment = action === 'pay';

  return (
    <Modal open title={t(`subsidy.action.${action}`)} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={act.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<Values>
        form={form}
        name="subsidy-review"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          const opinion = values.opinion?.trim();
          const voucherNumber = values.voucherNumber?.trim();
          act
            .mutateAsync({
              id: application.id,
              body: { action, version: application.version, effectiveDate: values.effectiveDate, ...(opinion ? { opinion } : {}), ...(isPayment && voucherNumber ? { voucherNumber } : {}) },
            })
            .then(onClose, (error: ApiError) => errors.show(error));
        }}
      >
        <Form.Item name="effectiveDate" label={isPayment ? t('subsidy.paidOn') : t('common.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {isPayment ? (
          <Form.Item name="voucherNumber" label={t('subsidy.voucherNumber')} rules={[{ required: true }]}>
            <Input maxLength={64} />
          </Form.Item>
        ) : null}
        <Form.Item name="opinion" label={t('subsidy.opinion')} rules={[{ required: needsOpinion }]}>
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
