import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { INFO_REQUEST_KIND_LABELS, INFO_REQUEST_KINDS, type TInfoRequestCreate } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useCreateInfoRequest } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { DISTRICTS, useLabel } from '../../shared/labels';

const FIELDS = ['kind', 'enterpriseName', 'enterpriseCreditCode', 'subject', 'description', 'requestedDate', 'district'] as const;

/** 登记信息服务需求. */
export function InfoRequestFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<TInfoRequestCreate>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateInfoRequest();

  const submit = (values: TInfoRequestCreate) => {
    errors.clear();
    create.mutate(
      { ...values, description: values.description ?? '' },
      {
        onSuccess: () => {
          void message.success(t('infoRequests.created'));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('infoRequests.formTitle')} open={open} onClose={onClose} form={form} saving={create.isPending} formError={errors.formError} width={480}>
      <Form<TInfoRequestCreate> form={form} name="info-request" layout="vertical" onFinish={submit} initialValues={{ kind: 'search', requestedDate: todayInChina(), district: DISTRICTS[0]?.code }}>
        <Form.Item name="kind" label={t('infoRequests.kind')}>
          <Select options={INFO_REQUEST_KINDS.map((k) => ({ value: k, label: label.of(INFO_REQUEST_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="enterpriseName" label={t('infoRequests.enterprise')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="enterpriseCreditCode" label={t('infoRequests.enterpriseCreditCode')} rules={[{ required: true }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="subject" label={t('infoRequests.subject')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('infoRequests.note')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="requestedDate" label={t('infoRequests.requestedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
