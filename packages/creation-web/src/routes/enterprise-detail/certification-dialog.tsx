import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useAddCertification } from '../../features/enterprises/api/enterprises.mutations';

type Values = { certificateNumber: string; certificationBody: string; issuedOn: string; validUntil: string };
const FIELDS = ['certificateNumber', 'certificationBody', 'issuedOn', 'validUntil'] as const;

/** Records a GB/T 29490 certificate issued to the enterprise. */
export function CertificationDialog({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const add = useAddCertification({
    onSuccess: () => {
      void message.success(t('enterprise.certificationAdded'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('enterprise.addCertification')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={add.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<Values>
        form={form}
        name="certification-add"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          add.mutate({ id: enterpriseId, body: values });
        }}
      >
        <Form.Item name="certificateNumber" label={t('enterprise.certificateNumber')} rules={[{ required: true }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="certificationBody" label={t('enterprise.certificationBody')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('enterprise.issuedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="validUntil" label={t('enterprise.validUntil')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
