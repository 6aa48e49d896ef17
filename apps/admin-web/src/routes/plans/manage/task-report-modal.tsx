import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportTask, useTaskReports } from '@ipbureau/api-client';
import { TASK_REPORT_STATUSES, ZTaskReportCreate, type TTask, type TTaskReportStatus } from '@ipbureau/domain/plans';
import { formatDateTime, FormError, StatusTag, useServerErrors } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { TASK_STATUS_TONES } from '../dashboard/task-board';
import { checkBody } from './plan-issues';

interface ReportFormValues {
  period: string;
  text: string;
  status: TTaskReportStatus;
  attachments?: { name: string; url: string }[];
}

/** Reports a task's progress for a period, and lists the reports already made. */
export function TaskReportModal({ task, onClose }: { task: TTask; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const errors = useServerErrors(form, { fieldForCode: {} });
  const reports = useTaskReports(task.planId, task.id);
  const report = useReportTask({
    onSuccess: () => {
      void message.success(t('plans.detail.reported'));
      onClose();
    },
    onError: errors.show,
  });
  const submit = (values: ReportFormValues) => {
    errors.clear();
    const body = { period: values.period?.trim(), text: values.text?.trim(), status: values.status, attachments: values.attachments ?? [] };
    const checked = checkBody(ZTaskReportCreate, body, locale, t('plans.form.invalid'));
    if (!checked.ok) errors.show(checked.refusal);
    else report.mutate({ planId: task.planId, taskId: task.id, body: checked.data });
  };
  const required = [{ required: true, whitespace: true, message: t('plans.form.required') }];
  return (
    <Modal open width={720} title={t('plans.detail.reportTitle', { title: task.title })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={report.isPending} okText={t('common.save')} cancelText={t('common.cancel')}>
      <FormError message={errors.formError} />
      <Form<ReportFormValues> form={form} name="task-report" layout="vertical" onFinish={submit} initialValues={{ status: 'on_track', attachments: [] }}>
        <Flex gap="small">
          <Form.Item name="period" label={t('plans.detail.period')} extra={t('plans.detail.periodHint')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="status" label={t('plans.detail.reportStatus')} rules={[{ required: true, message: t('plans.form.required') }]}>
            <Select style={{ minWidth: 160 }} options={TASK_REPORT_STATUSES.map((s) => ({ value: s, label: t(`plans.taskStatus.${s}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="text" label={t('plans.detail.reportText')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Typography.Text strong>{t('plans.detail.attachments')}</Typography.Text>
        <Form.List name="attachments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap="small" align="flex-start">
                  <Form.Item name={[field.name, 'name']} label={t('plans.detail.attachmentName')} rules={required}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'url']} label={t('plans.detail.attachmentUrl')} rules={required} style={{ flex: 1 }}>
                    <Input type="url" />
                  </Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', url: '' })}>
                {t('plans.detail.addAttachment')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('plans.detail.reports')}
      </Typography.Title>
      {reports.isPending ? <Spin /> : null}
      {(reports.data ?? []).map((r) => (
            <Flex key={r.id} vertical gap={2} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex gap="small" align="center">
                <Typography.Text strong>{r.period}</Typography.Text>
                <StatusTag status={r.status} tones={TASK_STATUS_TONES} label={t(`plans.taskStatus.${r.status}`)} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(r.reportedAt)}
                </Typography.Text>
              </Flex>
              <Typography.Text>{r.text}</Typography.Text>
              {r.attachments.map((a) => (
                <a key={a.url} href={a.url} target="_blank" rel="noreferrer">
                  {a.name}
                </a>
              ))}
            </Flex>
      ))}
    </Modal>
  );
}
