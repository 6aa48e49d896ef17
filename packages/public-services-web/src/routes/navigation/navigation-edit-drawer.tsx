import { App, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { NAVIGATION_KIND_LABELS, NAVIGATION_KINDS, type TNavigationKind, type TNavigationProject } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useUpdateNavigationProject } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { useLabel } from '../../shared/labels';

type DeliverableValues = { name?: string; dueDate?: string | null; deliveredOn?: string | null };
type Values = { title: string; kind: TNavigationKind; industry: string; undertaker: string; startDate: string; endDate?: string | null; budget?: string | null; deliverables: DeliverableValues[] };
const FIELDS = ['title', 'kind', 'industry', 'undertaker', 'startDate', 'endDate', 'budget', 'deliverables'] as const;
const MONEY = /^\d{1,16}(\.\d{1,2})?$/;

/**
 * 编辑专利导航项目: the project's fields and its deliverables one row each (name, due date, date
 * delivered), saved against the version read. The checks a person can make here are made
 * before sending, in Chinese; the server's refusals (a stale version, a bad field) show where
 * they belong.
 */
export function NavigationEditDrawer({ project, onClose }: { project: TNavigationProject; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const update = useUpdateNavigationProject();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('navigation.required', { field }) });

  const submit = (values: Values) => {
    errors.clear();
    const deliverables = values.deliverables.map((d) => ({ name: (d.name ?? '').trim(), dueDate: d.dueDate || null, deliveredOn: d.deliveredOn || null }));
    update.mutate(
      {
        id: project.id,
        body: {
          version: project.version,
          title: values.title,
          kind: values.kind,
          industry: values.industry,
          undertaker: values.undertaker,
          startDate: values.startDate,
          endDate: values.endDate || null,
          budget: values.budget || null,
          deliverables,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('navigation.saved'));
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('navigation.editTitle')} open onClose={onClose} form={form} saving={update.isPending} formError={errors.formError} width={640}>
      <Form<Values>
        form={form}
        name="navigation-edit"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          title: project.title,
          kind: project.kind,
          industry: project.industry,
          undertaker: project.undertaker,
          startDate: project.startDate,
          endDate: project.endDate,
          budget: project.budget,
          deliverables: project.deliverables,
        }}
      >
        <Form.Item name="title" label={t('navigation.titleCol')} rules={[required(t('navigation.titleCol'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="kind" label={t('navigation.kind')}>
          <Select options={NAVIGATION_KINDS.map((k) => ({ value: k, label: label.of(NAVIGATION_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="industry" label={t('navigation.industry')} rules={[required(t('navigation.industry'))]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="undertaker" label={t('navigation.undertaker')} rules={[required(t('navigation.undertaker'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space align="start">
          <Form.Item name="startDate" label={t('navigation.startDate')} rules={[required(t('navigation.startDate'))]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t('navigation.endDate')}
            dependencies={['startDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, end: string | null | undefined) => (end && end < getFieldValue('startDate') ? Promise.reject(new Error(t('navigation.endBeforeStart'))) : Promise.resolve()),
              }),
            ]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="budget" label={t('navigation.budget')} rules={[{ pattern: MONEY, message: t('navigation.budgetFormat') }]}>
            <Input inputMode="decimal" placeholder="300000.00" />
          </Form.Item>
        </Space>
        <Form.Item label={t('navigation.deliverables')} required={false}>
          <Form.List name="deliverables">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Space key={row.key} align="start" wrap>
                    <Form.Item name={[row.name, 'name']} rules={[required(t('navigation.deliverableName'))]}>
                      <Input placeholder={t('navigation.deliverableName')} aria-label={`${t('navigation.deliverableName')} ${row.name + 1}`} maxLength={200} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'dueDate']}>
                      <Input type="date" aria-label={`${t('navigation.dueDate')} ${row.name + 1}`} title={t('navigation.dueDate')} />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'deliveredOn']}
                      rules={[{ validator: (_, on: string | null | undefined) => (on && on > todayInChina() ? Promise.reject(new Error(t('navigation.deliveredInFuture'))) : Promise.resolve()) }]}
                    >
                      <Input type="date" aria-label={`${t('navigation.deliveredOn')} ${row.name + 1}`} title={t('navigation.deliveredOn')} />
                    </Form.Item>
                    <Button type="link" danger onClick={() => remove(row.name)}>
                      {t('navigation.removeDeliverable')}
                    </Button>
                  </Space>
                ))}
                <Button onClick={() => add({ name: '', dueDate: null, deliveredOn: null })}>{t('navigation.addDeliverable')}</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
