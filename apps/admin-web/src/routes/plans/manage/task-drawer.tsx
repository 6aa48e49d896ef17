import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCreateTask } from '@ipbureau/api-client';
import { ZTaskCreate } from '@ipbureau/domain/plans';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { checkBody } from './plan-issues';

interface TaskFormValues {
  chapter: string;
  item: string;
  title: string;
  responsibleDepartment: string;
  cooperatingDepartments?: string;
  sortOrder?: number;
  milestones?: { title: string; dueDate?: Dayjs; doneOn?: Dayjs | null }[];
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** Adds a key task with its departments and milestones. */
export function TaskDrawer({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskFormValues>();
  const errors = useServerErrors(form, { fieldForCode: {} });
  const create = useCreateTask({
    onSuccess: () => {
      void message.success(t('plans.detail.taskCreated'));
      onClose();
    },
    onError: errors.show,
  });
  const required = [{ required: true, whitespace: true, message: t('plans.form.required') }];
  const submit = (values: TaskFormValues) => {
    errors.clear();
    const body = {
      chapter: values.chapter?.trim(),
      item: values.item?.trim(),
      title: values.title?.trim(),
      responsibleDepartment: values.responsibleDepartment?.trim(),
      cooperatingDepartments: (values.cooperatingDepartments ?? '').split(/[,，、\s]+/).filter(Boolean),
      milestones: (values.milestones ?? []).map((m) => ({ title: m.title?.trim(), dueDate: day(m.dueDate), doneOn: day(m.doneOn) })),
      sortOrder: values.sortOrder ?? 0,
    };
    const checked = checkBody(ZTaskCreate, body, locale, t('plans.form.invalid'));
    if (!checked.ok) errors.show(checked.refusal);
    else create.mutate({ planId, body: checked.data });
  };
  return (
    <Drawer
      open
      size={720}
      title={t('plans.detail.addTask')}
      onClose={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <FormError message={errors.formError} />
      <Form<TaskFormValues> form={form} name="task" layout="vertical" onFinish={submit} initialValues={{ milestones: [] }}>
        <Flex gap="small">
          <Form.Item name="chapter" label={t('plans.detail.chapter')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="item" label={t('plans.detail.item')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="sortOrder" label="#">
            <InputNumber min={0} max={10000} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('plans.detail.taskTitle')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="responsibleDepartment" label={t('plans.detail.responsible')} rules={required}>
          <Input placeholder="IP-CREATION" />
        </Form.Item>
        <Form.Item name="cooperatingDepartments" label={t('plans.detail.cooperating')} extra={t('plans.detail.cooperatingHint')}>
          <Input />
        </Form.Item>
        <Typography.Text strong>{t('plans.detail.milestones')}</Typography.Text>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap="small" align="flex-start">
                  <Form.Item name={[field.name, 'title']} label={t('plans.detail.milestoneTitle')} rules={required}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueDate']} label={t('plans.detail.dueDate')} rules={[{ required: true, message: t('plans.form.required') }]}>
                    <DatePicker />
                  </Form.Item>
                  <Form.Item name={[field.name, 'doneOn']} label={t('plans.detail.doneOn')}>
                    <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                  </Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '' })}>
                {t('plans.detail.addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
