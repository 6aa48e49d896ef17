import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPatentDetail, TPatentUpdate } from '@ipbureau/domain/creation';
import { useUpdatePatent } from '../../features/patents/api/patents.mutations';
import { FormError, useServerErrors } from '@ipbureau/ui';

type Values = { title: string; applicantName: string; ipcSymbols: string[]; annualFeePaidUntil?: string };
const FIELDS = ['title', 'applicantName', 'ipcSymbols', 'annualFeePaidUntil'] as const;

/** Corrects the editable fields against the version on screen; only what changed is sent. */
export function EditDialog({ patent, onClose }: { patent: TPatentDetail; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const update = useUpdatePatent({
    onSuccess: () => {
      void message.success(t('patent.updated'));
      onClose();
    },
    onError: errors.show,
  });

  const submit = (values: Values) => {
    errors.clear();
    const body: TPatentUpdate = { version: patent.version };
    if (values.title !== patent.title) body.title = values.title;
    if (values.applicantName !== patent.applicantName) body.applicantName = values.applicantName;
    if (values.ipcSymbols.join('|') !== patent.ipcSymbols.join('|')) body.ipcSymbols = values.ipcSymbols;
    const paidUntil = values.annualFeePaidUntil || null;
    if (paidUntil !== patent.annualFeePaidUntil) body.annualFeePaidUntil = paidUntil;
    if (Object.keys(body).length === 1) return onClose();
    update.mutate({ id: patent.id, body });
  };

  return (
    <Modal open title={t('patent.edit')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={update.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<Values>
        form={form}
        name="patent-edit"
        layout="vertical"
        initialValues={{ title: patent.title, applicantName: patent.applicantName, ipcSymbols: patent.ipcSymbols, annualFeePaidUntil: patent.annualFeePaidUntil ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="title" label={t('patent.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="applicantName" label={t('patent.applicant')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="ipcSymbols" label={t('patent.ipcSymbols')} extra={t('patent.ipcHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', ';']} />
        </Form.Item>
        <Form.Item name="annualFeePaidUntil" label={t('patent.annualFeePaidUntil')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
