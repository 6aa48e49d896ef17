import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TTrainingRegistrationCreate } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useRegisterForTraining } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';

const FIELDS = ['personName', 'organizationName', 'creditCode', 'phone'] as const;

type Values = { personName: string; organizationName: string; creditCode?: string; phone?: string };

/** 新增报名: the credit code and phone are optional; the server checks the code's check character and the phone's form. */
export function RegistrationFormDrawer({ eventId, open, onClose }: { eventId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const register = useRegisterForTraining();

  const submit = (values: Values) => {
    errors.clear();
    const body: TTrainingRegistrationCreate = {
      personName: values.personName,
      organizationName: values.organizationName,
      creditCode: values.creditCode?.trim() || null,
      phone: values.phone?.trim() || null,
    };
    register.mutate(
      { eventId, body },
      {
        onSuccess: () => {
          void message.success(t('training.registered'));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('training.registerTitle')} open={open} onClose={onClose} form={form} saving={register.isPending} formError={errors.formError} width={440}>
      <Form<Values> form={form} name="training-registration" layout="vertical" onFinish={submit}>
        <Form.Item name="personName" label={t('training.personName')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="organizationName" label={t('training.organizationName')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('training.creditCode')}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="phone" label={t('training.phone')}>
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
