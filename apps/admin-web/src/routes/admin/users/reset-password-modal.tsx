import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResetUserPassword } from '@ipbureau/api-client';
import type { TUser } from '@ipbureau/domain';
import { PasswordField } from '../../../forms/password-field';
import { FormError, useServerErrors } from '@ipbureau/ui';

const FIELDS = ['password'] as const;

/** The system administrator sets a new password; the user must change it at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: TUser; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const errors = useServerErrors(form, { fields: FIELDS });
  const reset = useResetUserPassword({
    onSuccess: () => {
      void message.success(t('users.passwordReset', { username: user.username }));
      onClose();
    },
    onError: errors.show,
  });

  return (
    <Modal
      open
      title={t('users.resetPasswordTitle', { username: user.username })}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('users.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <FormError message={errors.formError} />
      <Form<{ password: string }>
        form={form}
        name="reset-password"
        layout="vertical"
        onFinish={({ password }) => {
          errors.clear();
          reset.mutate({ id: user.id, password });
        }}
      >
        <PasswordField name="password" label={t('users.newPassword')} username={user.username} />
      </Form>
    </Modal>
  );
}
