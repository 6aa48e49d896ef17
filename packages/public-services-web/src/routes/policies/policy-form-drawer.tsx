import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { POLICY_KIND_LABELS, POLICY_KINDS, type TPolicyCreate } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useCreatePolicy } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { DISTRICTS, useLabel } from '../../shared/labels';

const FIELDS = ['kind', 'title', 'issuer', 'documentNumber', 'effectiveDate', 'expiryDate', 'body', 'district'] as const;

/** 新增政策、指南或通知. */
export function PolicyFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<TPolicyCreate>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreatePolicy();

  const submit = (values: TPolicyCreate) => {
    errors.clear();
    create.mutate(
      { ...values, documentNumber: values.documentNumber || null, expiryDate: values.expiryDate || null, body: values.body ?? '', attachments: [] },
      {
        onSuccess: () => {
          void message.success(t('policies.created'));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('policies.formTitle')} open={open} onClose={onClose} form={form} saving={create.isPending} formError={errors.formError} width={560}>
      <Form<TPolicyCreate> form={form} name="policy" layout="vertical" onFinish={submit} initialValues={{ kind: 'policy', effectiveDate: todayInChina(), district: DISTRICTS[0]?.code }}>
        <Form.Item name="kind" label={t('policies.kind')}>
          <Select options={POLICY_KINDS.map((k) => ({ value: k, label: label.of(POLICY_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('policies.titleCol')} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="issuer" label={t('policies.issuer')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('policies.documentNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('policies.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="expiryDate" label={t('policies.expiryDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
        <Form.Item name="body" label={t('policies.body')}>
          <Input.TextArea rows={10} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
