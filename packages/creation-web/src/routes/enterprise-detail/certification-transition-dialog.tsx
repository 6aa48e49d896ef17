import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCertification, TCertificationAction } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useTransitionCertification } from '../../features/enterprises/api/enterprises.mutations';
import { useCreationLabels } from '../../features/labels';

type Values = { effectiveDate: string; validUntil?: string; note?: string };
const FIELDS = ['effectiveDate', 'validUntil', 'note'] as const;

/** One change of a certificate on the date it took effect; a renewal also sets the new valid-until date. */
export function CertificationTransitionDialog({ enterpriseId, certification, action, onClose }: { enterpriseId: string; certification: TCertification; action: TCertificationAction; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const transition = useTransitionCertification({
    onSuccess: () => {
      void message.success(t('enterprise.certificationTransitioned'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal
      open
      title={t('enterprise.recordCertAction', { action: labels.certificationAction(action) })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <FormError message={errors.formError} />
      <Form<Values>
        form={form}
        name="certification-transition"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          const note = values.note?.trim();
          transition.mutate({
            id: enterpriseId,
            certificationId: certification.id,
            body: { action, effectiveDate: values.effectiveDate, version: certification.version, ...(action === 'renew' ? { validUntil: values.validUntil } : {}), ...(note ? { note } : {}) },
          });
        }}
      >
        <Form.Item name="effectiveDate" label={t('common.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {action === 'renew' ? (
          <Form.Item name="validUntil" label={t('enterprise.newValidUntil')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('common.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
