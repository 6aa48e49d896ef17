import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateEnterprise } from '../../features/enterprises/api/enterprises.mutations';
import { useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Values = { creditCode: string; name: string; district: string; industry?: string };
const FIELDS = ['creditCode', 'name', 'district', 'industry'] as const;

/** Register an enterprise; the server checks the credit code's check character and the district. */
export function EnterpriseCreate() {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const districts = useRegionDistricts();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateEnterprise({
    onSuccess: (enterprise) => {
      void message.success(t('enterprise.created'));
      void navigate(creationPaths.enterprise(enterprise.id));
    },
    onError: errors.show,
  });

  const submit = (values: Values) => {
    errors.clear();
    create.mutate({ creditCode: values.creditCode, name: values.name, district: values.district, industry: values.industry?.trim() ? values.industry.trim() : null });
  };

  return (
    <>
      <PageHeader title={t('enterprise.createTitle')} description={t('enterprise.createDescription')} />
      <Card style={{ maxWidth: 720 }}>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="enterprise-create" layout="vertical" onFinish={submit}>
          <Form.Item name="creditCode" label={t('enterprise.creditCode')} rules={[{ required: true }]}>
            <Input maxLength={18} placeholder="91440500MA4XXXXXXX" />
          </Form.Item>
          <Form.Item name="name" label={t('enterprise.name')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="district" label={t('common.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Form.Item name="industry" label={t('enterprise.industry')}>
            <Input maxLength={100} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => void navigate(creationPaths.enterprises)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
