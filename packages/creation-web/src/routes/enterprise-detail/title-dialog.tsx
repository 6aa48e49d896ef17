import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TEnterpriseTitleKind } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useAddTitle } from '../../features/enterprises/api/enterprises.mutations';
import { TITLE_KIND_OPTIONS, useCreationLabels } from '../../features/labels';

type Values = { kind: TEnterpriseTitleKind; awardedOn: string; documentNumber?: string };
const FIELDS = ['kind', 'awardedOn', 'documentNumber'] as const;

/** Records a cultivation title awarded to the enterprise. */
export function TitleDialog({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const add = useAddTitle({
    onSuccess: () => {
      void message.success(t('enterprise.titleAdded'));
      onClose();
    },
    onError: errors.show,
  });
  const submit = (values: Values) => {
    errors.clear();
    const documentNumber = values.documentNumber?.trim();
    add.mutate({ id: enterpriseId, body: { kind: values.kind, awardedOn: values.awardedOn, documentNumber: documentNumber || null, endedOn: null, endReason: null } });
  };
  return (
    <Modal open title={t('enterprise.addTitle')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={add.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<Values> form={form} name="title-add" layout="vertical" onFinish={submit}>
        <Form.Item name="kind" label={t('enterprise.titleKind')} rules={[{ required: true }]}>
          <Select options={TITLE_KIND_OPTIONS.map((kind) => ({ value: kind, label: labels.titleKind(kind) }))} />
        </Form.Item>
        <Form.Item name="awardedOn" label={t('enterprise.awardedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('enterprise.documentNumber')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
