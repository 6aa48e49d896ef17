import { App, Button, Drawer, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddIndicator } from '@ipbureau/api-client';
import { ZIndicatorCreate, type TPlanDetail } from '@ipbureau/domain/plans';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { EMPTY_INDICATOR, IndicatorFields, indicatorBody, type IndicatorFormValues } from './indicator-fields';
import { checkBody } from './plan-issues';

/** Adds one indicator with its baseline and targets to an existing plan. */
export function IndicatorDrawer({ plan, onClose }: { plan: TPlanDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const [form] = Form.useForm<IndicatorFormValues>();
  const errors = useServerErrors(form, { fieldForCode: {} });
  const add = useAddIndicator({
    onSuccess: () => {
      void message.success(t('plans.form.saved'));
      onClose();
    },
    onError: errors.show,
  });
  const submit = (values: IndicatorFormValues) => {
    errors.clear();
    const checked = checkBody(ZIndicatorCreate, indicatorBody(values, plan.indicators.length + 1), locale, t('plans.form.invalid'));
    if (!checked.ok) errors.show(checked.refusal);
    else add.mutate({ planId: plan.id, body: checked.data });
  };
  return (
    <Drawer
      open
      size={880}
      title={t('plans.detail.addIndicator')}
      onClose={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={add.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <FormError message={errors.formError} />
      <Form<IndicatorFormValues> form={form} name="indicator" layout="vertical" initialValues={{ ...EMPTY_INDICATOR, baseline: { year: plan.startYear - 1 }, targets: [{ year: plan.endYear, value: '' }] }} onFinish={submit}>
        <IndicatorFields form={form} prefix={[]} listPath={[]} />
      </Form>
    </Drawer>
  );
}
