import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { TLoginRequest } from '@ipbureau/domain';
import { useLogin, useSignedIn } from '@ipbureau/api-client';
import { safeRedirect } from '../../auth/access';
import { LanguageSwitch } from '../../layout/language-switch';

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<TLoginRequest>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const target = safeRedirect(params.get('redirect'));
  const signedIn = useSignedIn();
  const login = useLogin({
    onSuccess: () => void navigate(target, { replace: true }),
    onError: (error) =>
      // The server names the failing fields; show each message beside its field too.
      form.setFields(
        error.issues
          .filter((issue) => issue.path === 'username' || issue.path === 'password')
          .map((issue) => ({ name: issue.path as keyof TLoginRequest, errors: [issue.message] })),
      ),
  });

  if (signedIn && !login.isPending) return <Navigate to={target} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.heading')}
        </Typography.Paragraph>
        {login.error ? <Alert type="error" showIcon title={login.error.message} style={{ marginBottom: 16 }} /> : null}
        <Form<TLoginRequest> form={form} name="login" layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
