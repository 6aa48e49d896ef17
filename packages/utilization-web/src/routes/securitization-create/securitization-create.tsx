import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TSecuritizationKind } from '@ipbureau/domain/utilization';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateProduct } from '../../features/products/api/products.mutations';
import { optional, parseEnterprises, parseRights, SECURITIZATION_KIND_OPTIONS, useVocab } from '../../features/products/product-labels';
import { useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Values = { kind: TSecuritizationKind; name: string; code?: string; issuerName: string; amount: string; issueDate: string; maturityDate?: string; rights: string; enterprises: string; district: string; note?: string };
const FIELDS = ['kind', 'name', 'code', 'issuerName', 'amount', 'issueDate', 'maturityDate', 'rights', 'enterprises', 'district', 'note'] as const;

/** Records a securitization or trust product with its underlying rights and enterprises. */
export function SecuritizationCreate() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateProduct('securitization-products', {
    onSuccess: (product) => {
      void message.success(t('products.common.saved'));
      void navigate(productPaths.securitizationProduct(product.id));
    },
    onError: errors.show,
  });

  const submit = (v: Values) => {
    errors.clear();
    create.mutate({ ...v, code: optional(v.code), maturityDate: optional(v.maturityDate), rights: parseRights(v.rights), enterprises: parseEnterprises(v.enterprises), note: optional(v.note) });
  };

  return (
    <>
      <PageHeader title={t('products.securitization.createTitle')} />
      <Card>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="securitization-create" layout="vertical" style={{ maxWidth: 640 }} initialValues={{ kind: 'abs' }} onFinish={submit}>
          <Form.Item name="kind" label={t('products.securitization.kind')} rules={[{ required: true }]}>
            <Select options={vocab.options('securitizationKind', SECURITIZATION_KIND_OPTIONS)} />
          </Form.Item>
          <Form.Item name="name" label={t('products.securitization.name')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="code" label={t('products.securitization.code')}>
            <Input maxLength={32} />
          </Form.Item>
          <Form.Item name="issuerName" label={t('products.securitization.issuerName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="amount" label={t('products.securitization.amount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="issueDate" label={t('products.securitization.issueDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="maturityDate" label={t('products.securitization.maturityDate')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="rights" label={t('products.common.rights')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="enterprises" label={t('products.securitization.enterprises')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="district" label={t('products.common.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Form.Item name="note" label={t('products.common.note')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('products.common.submit')}
            </Button>
            <Button onClick={() => void navigate(productPaths.securitization)}>{t('products.common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
