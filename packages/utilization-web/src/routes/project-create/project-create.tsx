import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateProduct } from '../../features/products/api/products.mutations';
import { optional, parseRights } from '../../features/products/product-labels';
import { useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Values = { name: string; enterpriseName: string; enterpriseCreditCode: string; rights: string; startDate: string; endDate?: string; district: string; description?: string };
const FIELDS = ['name', 'enterprise', 'rights', 'startDate', 'endDate', 'district', 'description'] as const;

/** Records a commercialization project; its support funds are added on its page. */
export function ProjectCreate() {
  const { t } = useTranslation('utilization');
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateProduct('commercialization-projects', {
    onSuccess: (project) => {
      void message.success(t('products.common.saved'));
      void navigate(productPaths.project(project.id));
    },
    onError: errors.show,
  });
  const submit = (v: Values) => {
    errors.clear();
    create.mutate({
      name: v.name,
      enterprise: { name: v.enterpriseName, creditCode: v.enterpriseCreditCode },
      rights: parseRights(v.rights),
      startDate: v.startDate,
      endDate: optional(v.endDate),
      district: v.district,
      description: optional(v.description),
    });
  };
  return (
    <>
      <PageHeader title={t('products.projects.title')} />
      <Card>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="project-create" layout="vertical" style={{ maxWidth: 640 }} onFinish={submit}>
          <Form.Item name="name" label={t('products.projects.name')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="enterpriseName" label={t('products.projects.enterprise')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="enterpriseCreditCode" label={t('products.projects.creditCode')} rules={[{ required: true }]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="rights" label={t('products.common.rights')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="startDate" label={t('products.projects.startDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endDate" label={t('products.projects.endDate')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="district" label={t('products.common.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Form.Item name="description" label={t('products.common.note')}>
            <Input.TextArea maxLength={2000} rows={3} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('products.common.submit')}
            </Button>
            <Button onClick={() => void navigate(productPaths.projects)}>{t('products.common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
