import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TIpcIndustryMapping, TIpcIndustryMappingUpdate, TStrategicIndustryCode } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useCreateMapping, useUpdateMapping } from '../../features/high-value/api/high-value.queries';
import { INDUSTRY_OPTIONS, useCreationLabels } from '../../features/labels';

type Values = { ipcPrefix: string; industryCode: TStrategicIndustryCode; subcategory?: string; note?: string };
const FIELDS = ['ipcPrefix', 'industryCode', 'subcategory', 'note'] as const;

/** Adds a mapping, or changes one against the version on screen (only what changed is sent). */
export function MappingDialog({ mapping, onClose }: { mapping: TIpcIndustryMapping | null; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const done = {
    onSuccess: () => {
      void message.success(t('mapping.saved'));
      onClose();
    },
    onError: errors.show,
  };
  const create = useCreateMapping(done);
  const update = useUpdateMapping(done);

  const submit = (values: Values) => {
    errors.clear();
    const subcategory = values.subcategory?.trim() || null;
    const note = values.note?.trim() || null;
    if (!mapping) {
      create.mutate({ ipcPrefix: values.ipcPrefix, industryCode: values.industryCode, subcategory, note });
      return;
    }
    const body: TIpcIndustryMappingUpdate = { version: mapping.version };
    if (values.ipcPrefix !== mapping.ipcPrefix) body.ipcPrefix = values.ipcPrefix;
    if (values.industryCode !== mapping.industryCode) body.industryCode = values.industryCode;
    if (subcategory !== mapping.subcategory) body.subcategory = subcategory;
    if (note !== mapping.note) body.note = note;
    if (Object.keys(body).length === 1) return onClose();
    update.mutate({ id: mapping.id, body });
  };

  return (
    <Modal
      open
      title={mapping ? t('mapping.edit') : t('mapping.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <FormError message={errors.formError} />
      <Form<Values>
        form={form}
        name="mapping-edit"
        layout="vertical"
        initialValues={mapping ? { ipcPrefix: mapping.ipcPrefix, industryCode: mapping.industryCode, subcategory: mapping.subcategory ?? '', note: mapping.note ?? '' } : {}}
        onFinish={submit}
      >
        <Form.Item name="ipcPrefix" label={t('mapping.ipcPrefix')} extra={t('mapping.prefixHint')} rules={[{ required: true }]}>
          <Input maxLength={24} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('mapping.industry')} rules={[{ required: true }]}>
          <Select options={INDUSTRY_OPTIONS.map((code) => ({ value: code, label: `${code} ${labels.industry(code)}` }))} />
        </Form.Item>
        <Form.Item name="subcategory" label={t('mapping.subcategory')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('mapping.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
