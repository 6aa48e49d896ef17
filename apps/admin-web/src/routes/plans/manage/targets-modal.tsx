import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateIndicator } from '@ipbureau/api-client';
import { ZIndicatorUpdate, type TIndicator } from '@ipbureau/domain/plans';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { checkBody } from './plan-issues';
import { TargetsField } from './targets-field';

/** Changes an indicator's targets by year against the version read (a stale one is refused). */
export function TargetsModal({ indicator, onClose }: { indicator: TIndicator; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ targets: { year: number; value: string }[] }>();
  const errors = useServerErrors(form, { fieldForCode: {} });
  const update = useUpdateIndicator({
    onSuccess: () => {
      void message.success(t('plans.form.saved'));
      onClose();
    },
    onError: errors.show,
  });
  const submit = (values: { targets: { year: number; value: string }[] }) => {
    errors.clear();
    const body = { targets: values.targets.map((v) => ({ year: v.year, value: v.value?.trim() })), version: indicator.version };
    const checked = checkBody(ZIndicatorUpdate, body, locale, t('plans.form.invalid'));
    if (!checked.ok) errors.show(checked.refusal);
    else update.mutate({ planId: indicator.planId, indicatorId: indicator.id, body: checked.data });
  };
  return (
    <Modal open title={t('plans.detail.editTargetsTitle', { name: indicator.name[locale] })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={update.isPending} okText={t('common.save')} cancelText={t('common.cancel')}>
      <FormError message={errors.formError} />
      <Form form={form} name="targets" layout="vertical" initialValues={{ targets: indicator.targets }} onFinish={submit}>
        <TargetsField name={['targets']} />
      </Form>
    </Modal>
  );
}
