import { App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateDepartment } from '@ipbureau/api-client';
import type { TDepartment } from '@ipbureau/domain';
import { useCurrentUser } from '../../../auth/require-auth';
import { regionOptions } from '../../../i18n/division-names';
import { currentLocale } from '../../../i18n/i18n';
import { DepartmentSelect } from './department-select';
import { FormError, useServerErrors } from '@ipbureau/ui';

interface DepartmentFormValues {
  parentId: string | null;
  name: string;
  code: string;
  regionCode: string;
}

const FIELDS = ['parentId', 'name', 'code', 'regionCode'] as const;
const CODE = /^[A-Za-z0-9_-]{1,32}$/;

export interface DepartmentFormProps {
  /** The department to add under; null adds a top-level one. Remount (key) to change it. */
  parent: TDepartment | null;
}

/** Adds a department, by default under the one selected in the tree and in its division. */
export function DepartmentForm({ parent }: DepartmentFormProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<DepartmentFormValues>();
  const errors = useServerErrors(form, { fields: FIELDS, fieldForCode: { CONFLICT: 'code' } });
  const create = useCreateDepartment({
    onSuccess: (department) => {
      void message.success(t('departments.created', { name: department.name }));
      // The parent and division stay, so siblings can be added one after another.
      form.resetFields(['name', 'code']);
    },
    onError: errors.show,
  });

  return (
    <>
      <FormError message={errors.formError} />
      <Form<DepartmentFormValues>
        form={form}
        name="department"
        layout="vertical"
        initialValues={{ parentId: parent?.id ?? null, regionCode: parent?.regionCode ?? me.regionCode }}
        onFinish={(values) => {
          errors.clear();
          create.mutate({ parentId: values.parentId ?? null, name: values.name.trim(), code: values.code.trim(), regionCode: values.regionCode });
        }}
      >
        <Form.Item name="parentId" label={t('departments.parent')}>
          <DepartmentSelect placeholder={t('departments.topLevel')} />
        </Form.Item>
        <Form.Item name="name" label={t('departments.name')} rules={[{ required: true, whitespace: true, message: t('departments.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('departments.code')}
          extra={t('departments.codeHint')}
          rules={[
            { required: true, whitespace: true, message: t('departments.codeRequired') },
            { pattern: CODE, message: t('departments.codeFormat') },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="regionCode" label={t('departments.region')}>
          <Select options={regionOptions(me.regionCode, currentLocale(i18n))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('departments.submit')}
        </Button>
      </Form>
    </>
  );
}
