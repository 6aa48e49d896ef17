import { App, Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TTrademarkCreate, TTrademarkKind } from '@ipbureau/domain/creation';
import { PageHeader } from '@ipbureau/ui';
import { useRegisterTrademark } from '../../features/trademarks/api/trademarks.mutations';
import { TRADEMARK_KIND_OPTIONS, useCreationLabels, useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';
import { FormError, useServerErrors } from '@ipbureau/ui';

type Values = { registrationNumber: string; niceClasses: number[]; holderName: string; holderCreditCode?: string; district: string; kind: TTrademarkKind; registrationDate: string; wellKnown?: boolean };
const FIELDS = ['registrationNumber', 'niceClasses', 'holderName', 'holderCreditCode', 'district', 'kind', 'registrationDate', 'wellKnown'] as const;
const NICE_OPTIONS = Array.from({ length: 45 }, (_, i) => ({ value: i + 1, label: String(i + 1) }));

/** Record a registered trademark; the server computes its ten-year expiry. */
export function TrademarkCreate() {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const districts = useRegionDistricts();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const register = useRegisterTrademark({
    onSuccess: () => {
      void message.success(t('trademark.created'));
      void navigate(creationPaths.trademarks);
    },
    onError: errors.show,
  });

  const submit = (values: Values) => {
    errors.clear();
    const body: TTrademarkCreate = {
      registrationNumber: values.registrationNumber,
      niceClasses: values.niceClasses,
      holderName: values.holderName,
      holderCreditCode: values.holderCreditCode?.trim() ? values.holderCreditCode.trim() : null,
      district: values.district,
      kind: values.kind,
      registrationDate: values.registrationDate,
      wellKnown: values.wellKnown ?? false,
    };
    register.mutate(body);
  };

  return (
    <>
      <PageHeader title={t('trademark.createTitle')} description={t('trademark.createDescription')} />
      <Card style={{ maxWidth: 720 }}>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="trademark-create" layout="vertical" onFinish={submit} initialValues={{ kind: 'ordinary', wellKnown: false }}>
          <Form.Item name="registrationNumber" label={t('trademark.registrationNumber')} rules={[{ required: true }]}>
            <Input maxLength={12} />
          </Form.Item>
          <Form.Item name="kind" label={t('trademark.kind')} rules={[{ required: true }]}>
            <Select options={TRADEMARK_KIND_OPTIONS.map((k) => ({ value: k, label: labels.trademarkKind(k) }))} />
          </Form.Item>
          <Form.Item name="niceClasses" label={t('trademark.niceClasses')} rules={[{ required: true }]}>
            <Select mode="multiple" options={NICE_OPTIONS} />
          </Form.Item>
          <Form.Item name="holderName" label={t('trademark.holder')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="holderCreditCode" label={t('trademark.holderCreditCode')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="district" label={t('common.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Form.Item name="registrationDate" label={t('trademark.registrationDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="wellKnown" valuePropName="checked">
            <Checkbox>{t('trademark.wellKnown')}</Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={register.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => void navigate(creationPaths.trademarks)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
