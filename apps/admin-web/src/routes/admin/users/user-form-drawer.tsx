import { App, Button, Drawer, Form, Input, Select, Space, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateUser, useUpdateUser } from '@ipbureau/api-client';
import type { TDataScope, TRole, TUser } from '@ipbureau/domain';
import { useCurrentUser } from '../../../auth/require-auth';
import { PasswordField } from '../../../forms/password-field';
import { districtOptions, regionOptions } from '../../../i18n/division-names';
import { currentLocale } from '../../../i18n/i18n';
import { DepartmentSelect } from '../departments/department-select';
import { DataScopeInput } from './data-scope-input';
import { RolePicker } from './role-picker';
import { FormError, useServerErrors } from '@ipbureau/ui';

export type UserFormTarget = { mode: 'create' } | { mode: 'edit'; user: TUser };

interface UserFormValues {
  username: string;
  displayName: string;
  password: string;
  regionCode: string;
  departmentId: string | null;
  roles: TRole[];
  dataScope: TDataScope;
}

const FIELDS = ['username', 'displayName', 'password', 'regionCode', 'departmentId', 'roles', 'dataScope'] as const;

/**
 * Creates a user, or edits one with the same form less what cannot change afterwards (username,
 * region) and the password, which has its own action. Mounted per opening, so it starts clean.
 */
export function UserFormDrawer({ target, onClose }: { target: UserFormTarget; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<UserFormValues>();
  const creating = target.mode === 'create';
  const errors = useServerErrors(form, { fields: FIELDS, fieldForCode: creating ? { CONFLICT: 'username' } : {} });
  const done = (text: string) => {
    void message.success(text);
    onClose();
  };
  const create = useCreateUser({ onSuccess: (user) => done(t('users.created', { username: user.username })), onError: errors.show });
  const update = useUpdateUser({ onSuccess: (user) => done(t('users.saved', { username: user.username })), onError: errors.show });

  const initialValues: Partial<UserFormValues> =
    target.mode === 'edit'
      ? { displayName: target.user.displayName, departmentId: target.user.departmentId, roles: target.user.roles, dataScope: target.user.dataScope }
      : { regionCode: me.regionCode, departmentId: null, roles: [], dataScope: { kind: 'region' } };

  const submit = (values: UserFormValues) => {
    errors.clear();
    const common = { displayName: values.displayName.trim(), departmentId: values.departmentId ?? null, roles: values.roles, dataScope: values.dataScope };
    if (target.mode === 'edit') update.mutate({ id: target.user.id, body: common });
    else create.mutate({ ...common, username: values.username.trim(), password: values.password, regionCode: values.regionCode });
  };

  const scopeRules: FormRule[] = [
    ({ getFieldValue }) => ({
      validator: async (_rule, scope: TDataScope | undefined) => {
        if (scope?.kind === 'districts' && scope.districts.length === 0) throw new Error(t('dataScope.districtsRequired'));
        if (scope?.kind === 'department' && !getFieldValue('departmentId')) throw new Error(t('dataScope.departmentRequired'));
      },
    }),
  ];

  return (
    <Drawer
      open
      size={640}
      title={target.mode === 'edit' ? t('users.edit', { username: target.user.username }) : t('users.create')}
      onClose={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <FormError message={errors.formError} />
      <Form<UserFormValues> form={form} name="user" layout="vertical" initialValues={initialValues} onFinish={submit}>
        {creating ? (
          <Form.Item name="username" label={t('users.username')} extra={t('users.usernameHint')} rules={[{ required: true, whitespace: true, message: t('users.usernameRequired') }]}>
            <Input autoComplete="off" />
          </Form.Item>
        ) : null}
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}>
          <Input />
        </Form.Item>
        {creating ? <PasswordField name="password" label={t('users.password')} usernameField="username" hint={t('users.passwordHint')} /> : null}
        {creating ? (
          <Form.Item name="regionCode" label={t('users.region')}>
            <Select options={regionOptions(me.regionCode, locale)} />
          </Form.Item>
        ) : null}
        <Form.Item name="departmentId" label={t('users.department')}>
          <DepartmentSelect placeholder={t('users.noDepartment')} />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')}>
          <RolePicker />
        </Form.Item>
        <Form.Item name="dataScope" label={t('users.dataScope')} rules={scopeRules} dependencies={['departmentId']}>
          <DataScopeInput districts={districtOptions(me.regionCode, locale)} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
