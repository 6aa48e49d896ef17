import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { NAVIGATION_KIND_LABELS, NAVIGATION_KINDS, type TNavigationProjectCreate } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useCreateNavigationProject } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { DISTRICTS, useLabel } from '../../shared/labels';

type Values = Omit<TNavigationProjectCreate, 'deliverables'> & { deliverables?: string };
const FIELDS = ['title', 'kind', 'industry', 'undertaker', 'startDate', 'endDate', 'budget', 'deliverables', 'district'] as const;

/** 新增专利导航项目; deliverables one per line. */
export function NavigationFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateNavigationProject();

  const submit = (values: Values) => {
    errors.clear();
    const deliverables = (values.deliverables ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((name) => ({ name, dueDate: null, deliveredOn: null }));
    create.mutate(
      { ...values, endDate: values.endDate || null, budget: values.budget || null, deliverables },
      {
        onSuccess: () => {
          void message.success(t('navigation.created'));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('navigation.formTitle')} open={open} onClose={onClose} form={form} saving={create.isPending} formError={errors.formError} width={520}>
      <Form<Values> form={form} name="navigation" layout="vertical" onFinish={submit} initialValues={{ kind: 'industry', startDate: todayInChina(), district: DISTRICTS[0]?.code }}>
        <Form.Item name="title" label={t('navigation.titleCol')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="kind" label={t('navigation.kind')}>
          <Select options={NAVIGATION_KINDS.map((k) => ({ value: k, label: label.of(NAVIGATION_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="industry" label={t('navigation.industry')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="undertaker" label={t('navigation.undertaker')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="startDate" label={t('navigation.startDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endDate" label={t('navigation.endDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="budget" label={t('navigation.budget')}>
          <Input inputMode="decimal" placeholder="300000.00" />
        </Form.Item>
        <Form.Item name="deliverables" label={t('navigation.deliverables')} extra={t('navigation.deliverablesHint')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
