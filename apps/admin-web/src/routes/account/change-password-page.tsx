import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChangePassword } from '@ipbureau/api-client';
import { PageHeader } from '@ipbureau/ui';
import { useCurrentUser } from '../../auth/require-auth';
import { PasswordField } from '../../forms/password-field';
import { FormError, useServerErrors } from '@ipbureau/ui';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export const CHANGE_PASSWORD_PATH = '/account/password';

/** 修改密码: any signed-in user changes their own password; required after an administrator set it. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<ChangePasswordValues>();
  // 422 is the service's answer to a wrong current password.
  const errors = useServerErrors(form, { fields: FIELDS, fieldForCode: { UNPROCESSABLE: 'currentPassword' } });
  const change = useChangePassword({
    onSuccess: () => {
      void message.success(t('account.changed'));
      void navigate('/', { replace: true });
    },
    onError: errors.show,
  });

  return (
    <>
      <PageHeader title={t('session.changePassword')} description={t('account.description')} />
      <Card style={{ maxWidth: 520 }}>
        <FormError message={errors.formError} />
        <Form<ChangePasswordValues>
          form={form}
          name="change-password"
          layout="vertical"
          onFinish={({ currentPassword, newPassword }) => {
            errors.clear();
            change.mutate({ currentPassword, newPassword });
          }}
        >
          {/* For password managers: the account whose password this is. */}
          <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
          <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true, message: t('account.currentPasswordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <PasswordField name="newPassword" label={t('account.newPassword')} username={me.username} />
          <Form.Item
            name="confirmPassword"
            label={t('account.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('account.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: unknown) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('account.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('account.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
