import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TEnterpriseDetail, TEnterpriseUpdate } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useUpdateEnterprise } from '../../features/enterprises/api/enterprises.mutations';
import { useRegionDistricts } from '../../features/labels';

type Values = { name: string; district: string; industry?: string };
const FIELDS = ['name', 'district', 'industry'] as const;

/** Corrects the enterprise against the version on screen; only what changed is sent. */
export function EditEnterpriseDialog({ enterprise, onClose }: { enterprise: TEnterpriseDetail; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const districts = useRegionDistricts();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const update = useUpdateEnterprise({
    onSuccess: () => {
      void message.success(t('enterprise.updated'));
      onClose();
    },
    onError: errors.show,
  });
  const submit = (values: Values) => {
    errors.clear();
    const body: TEnterpriseUpdate = { version: enterprise.version };
    if (values.name !== enterprise.name) body.name = values.name;
    if (values.district !== enterprise.district) body.district = values.district;
    const industry = values.industry?.trim() || null;
    if (industry !== enterprise.industry) body.industry = industry;
    if (Object.keys(body).length === 1) return onClose();
    update.mutate({ id: enterprise.id, body });
  };
  return (
    <Modal open title={t('enterprise.edit')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={update.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<Values> form={form} name="enterprise-edit" layout="vertical" initialValues={{ name: enterprise.name, district: enterprise.district, industry: enterprise.industry ?? '' }} onFinish={submit}>
        <Form.Item name="name" label={t('enterprise.name')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
        <Form.Item name="industry" label={t('enterprise.industry')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
