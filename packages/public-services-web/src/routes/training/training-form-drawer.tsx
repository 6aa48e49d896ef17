import { App, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { AUDIENCE_KIND_LABELS, AUDIENCE_KINDS, TRAINING_EVENT_KINDS, type TTrainingEventCreate } from '@ipbureau/domain/public-services';
import { useCreateTrainingEvent } from '../../api/public-services.api';
import { DISTRICTS, useLabel } from '../../shared/labels';
import { FormDrawer } from '../../shared/form-drawer';
import { useServerErrors } from '@ipbureau/ui';

const FIELDS = ['kind', 'topic', 'audience', 'date', 'online', 'venue', 'district', 'plannedCount', 'attendedCount'] as const;

/** 新增培训或宣传活动; an on-site event needs its venue (the server says so beside the field too). */
export function TrainingFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<TTrainingEventCreate>();
  const online = Form.useWatch('online', form);
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateTrainingEvent();

  const submit = (values: TTrainingEventCreate) => {
    errors.clear();
    const body = { ...values, venue: values.venue || null, attendedCount: values.attendedCount ?? null };
    create.mutate(body, {
      onSuccess: () => {
        void message.success(t('training.created'));
        form.resetFields();
        onClose();
      },
      onError: errors.show,
    });
  };

  return (
    <FormDrawer title={t('training.formTitle')} open={open} onClose={onClose} form={form} saving={create.isPending} formError={errors.formError} width={480}>
      <Form<TTrainingEventCreate>
        form={form}
        name="training"
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'training', audience: 'enterprises', date: todayInChina(), online: false, district: DISTRICTS[0]?.code, plannedCount: 50 }}
      >
        <Form.Item name="kind" label={t('training.kind')}>
          <Radio.Group options={TRAINING_EVENT_KINDS.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="topic" label={t('training.topic')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="audience" label={t('training.audience')}>
          <Select options={AUDIENCE_KINDS.map((k) => ({ value: k, label: label.of(AUDIENCE_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="date" label={t('training.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="online" label={t('training.mode')}>
          <Radio.Group
            options={[
              { value: false, label: t('training.onsite') },
              { value: true, label: t('training.online') },
            ]}
          />
        </Form.Item>
        {online ? null : (
          <Form.Item name="venue" label={t('training.venue')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="district" label={t('common.district')}>
          <Select options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
        <Space>
          <Form.Item name="plannedCount" label={t('training.plannedCount')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="attendedCount" label={t('training.attendedCount')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
        </Space>
      </Form>
    </FormDrawer>
  );
}
