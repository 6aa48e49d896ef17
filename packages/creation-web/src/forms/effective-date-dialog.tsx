import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@ipbureau/api-client';
import { FormError, useServerErrors } from '@ipbureau/ui';

export type TEffectiveDateValues = { effectiveDate: string; note?: string };
const FIELDS = ['effectiveDate', 'note'] as const;

/**
 * The dialog every status change uses: the date it took legal effect and an optional note. The
 * caller sends them (with the version it read) and reports the outcome through `submit`'s promise.
 */
export function EffectiveDateDialog({
  title,
  pending,
  submit,
  onClose,
}: {
  title: string;
  pending: boolean;
  /** Sends the change; resolves on success, rejects with the server's refusal. */
  submit: (values: { effectiveDate: string; note?: string }) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation('creation');
  const [form] = Form.useForm<TEffectiveDateValues>();
  const errors = useServerErrors(form, FIELDS);

  return (
    <Modal open title={title} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={pending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<TEffectiveDateValues>
        form={form}
        name="status-transition"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          const note = values.note?.trim();
          submit({ effectiveDate: values.effectiveDate, ...(note ? { note } : {}) }).then(onClose, (error: ApiError) => errors.show(error));
        }}
      >
        <Form.Item name="effectiveDate" label={t('common.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="note" label={t('common.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
