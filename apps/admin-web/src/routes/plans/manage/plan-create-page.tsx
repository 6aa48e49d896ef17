import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreatePlan, usePlans } from '@ipbureau/api-client';
import { ZPlanCreate } from '@ipbureau/domain/plans';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { EMPTY_INDICATOR, IndicatorFields, indicatorBody, type IndicatorFormValues } from './indicator-fields';
import { checkBody } from './plan-issues';

interface PlanFormValues {
  name: { 'zh-CN': string; en: string };
  startYear: number;
  endYear: number;
  indicators: IndicatorFormValues[];
}

/**
 * Creates a plan (the 15th, 2026–2030) with its indicators, baselines and targets in one call.
 * The body is checked with the domain's schema first; what the server still refuses is shown
 * beside the field it names.
 */
export function PlanCreatePage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanFormValues>();
  const errors = useServerErrors(form, { fieldForCode: { CONFLICT: 'name.zh-CN' } });
  const latest = usePlans({ pageSize: 1 }).data?.items[0];
  // Propose the period after the latest plan, unless the officer has typed one already.
  useEffect(() => {
    if (latest && !form.isFieldsTouched(['startYear', 'endYear'])) form.setFieldsValue({ startYear: latest.endYear + 1, endYear: latest.endYear + 5 });
  }, [form, latest]);
  const create = useCreatePlan({
    onSuccess: (plan) => {
      void message.success(t('plans.form.created', { name: plan.name[locale] }));
      void navigate(`/plans/${plan.id}`);
    },
    onError: errors.show,
  });

  const submit = (values: PlanFormValues) => {
    errors.clear();
    const body = {
      name: { 'zh-CN': values.name['zh-CN']?.trim(), en: values.name.en?.trim() },
      startYear: values.startYear,
      endYear: values.endYear,
      indicators: (values.indicators ?? []).map((indicator, index) => indicatorBody(indicator, index + 1)),
    };
    const checked = checkBody(ZPlanCreate, body, locale, t('plans.form.invalid'));
    if (!checked.ok) errors.show(checked.refusal);
    else create.mutate(checked.data);
  };

  return (
    <>
      <PageHeader title={t('plans.form.createTitle')} />
      <FormError message={errors.formError} />
      <Form<PlanFormValues>
        form={form}
        name="plan"
        layout="vertical"
        onFinish={submit}
        initialValues={{ indicators: [EMPTY_INDICATOR as IndicatorFormValues] }}
      >
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name={['name', 'zh-CN']} label={t('plans.form.nameZh')} rules={[{ required: true, whitespace: true, message: t('plans.form.required') }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['name', 'en']} label={t('plans.form.nameEn')} rules={[{ required: true, whitespace: true, message: t('plans.form.required') }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="startYear" label={t('plans.form.startYear')} rules={[{ required: true, message: t('plans.form.required') }]}>
                <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="endYear" label={t('plans.form.endYear')} rules={[{ required: true, message: t('plans.form.required') }]}>
                <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Form.List name="indicators">
          {(fields, { add, remove }) => (
            <Flex vertical gap="middle">
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('plans.form.indicatorN', { n: index + 1 })}
                  extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('plans.form.removeIndicator')} onClick={() => remove(field.name)} />}
                >
                  <IndicatorFields form={form} prefix={[field.name]} listPath={['indicators', field.name]} />
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(EMPTY_INDICATOR)}>
                {t('plans.form.addIndicator')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Space style={{ marginTop: 24 }}>
          <Button onClick={() => void navigate('/plans')}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('plans.form.submit')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
