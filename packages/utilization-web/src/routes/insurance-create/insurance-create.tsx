import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TInsuranceKind } from '@ipbureau/domain/utilization';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateProduct } from '../../features/products/api/products.mutations';
import { INSURANCE_KIND_OPTIONS, optional, parseRights, useVocab } from '../../features/products/product-labels';
import { useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Values = {
  kind: TInsuranceKind;
  policyNumber: string;
  insurerName: string;
  insuredName: string;
  insuredCreditCode: string;
  insuredSum: string;
  premium: string;
  premiumSubsidy?: string;
  periodFrom: string;
  periodTo: string;
  rights?: string;
  district: string;
  note?: string;
};
const FIELDS = ['kind', 'policyNumber', 'insurerName', 'insuredName', 'insuredCreditCode', 'insuredSum', 'premium', 'premiumSubsidy', 'periodFrom', 'periodTo', 'rights', 'district', 'note'] as const;

/** Records a policy with the premium subsidy the bureau granted (0 when none). */
export function InsuranceCreate() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateProduct('insurance-policies', {
    onSuccess: (policy) => {
      void message.success(t('products.common.saved'));
      void navigate(productPaths.policy(policy.id));
    },
    onError: errors.show,
  });

  const submit = (v: Values) => {
    errors.clear();
    const rights = parseRights(v.rights);
    create.mutate({ ...v, premiumSubsidy: v.premiumSubsidy || '0', rights: rights.length ? rights : undefined, note: optional(v.note) });
  };

  const money = (name: keyof Values, label: string, required = true) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []}>
      <Input inputMode="decimal" />
    </Form.Item>
  );

  return (
    <>
      <PageHeader title={t('products.insurance.createTitle')} />
      <Card>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="insurance-create" layout="vertical" style={{ maxWidth: 640 }} initialValues={{ kind: 'patent_enforcement' }} onFinish={submit}>
          <Form.Item name="kind" label={t('products.insurance.kind')} rules={[{ required: true }]}>
            <Select options={vocab.options('insuranceKind', INSURANCE_KIND_OPTIONS)} />
          </Form.Item>
          <Form.Item name="policyNumber" label={t('products.insurance.policyNumber')} rules={[{ required: true }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="insurerName" label={t('products.insurance.insurerName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="insuredName" label={t('products.insurance.insuredName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="insuredCreditCode" label={t('products.insurance.insuredCreditCode')} rules={[{ required: true }]}>
            <Input maxLength={18} />
          </Form.Item>
          {money('insuredSum', t('products.insurance.insuredSum'))}
          {money('premium', t('products.insurance.premium'))}
          {money('premiumSubsidy', t('products.insurance.premiumSubsidy'), false)}
          <Form.Item name="periodFrom" label={t('products.insurance.periodFrom')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="periodTo" label={t('products.insurance.periodTo')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="rights" label={t('products.common.rights')}>
            <Input.TextArea rows={2} />
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
            <Button onClick={() => void navigate(productPaths.insurance)}>{t('products.common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
