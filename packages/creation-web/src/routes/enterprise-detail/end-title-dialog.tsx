import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TTitleEndReason } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useEndTitle } from '../../features/enterprises/api/enterprises.mutations';
import { END_REASON_OPTIONS, useCreationLabels } from '../../features/labels';

type Values = { endedOn: string; reason: TTitleEndReason };
const FIELDS = ['endedOn', 'reason'] as const;

/** Records that a title was revoked or expired. */
export function EndTitleDialog({ enterpriseId, titleId, onClose }: { enterpriseId: string; titleId: string; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const end = useEndTitle({
    onSuccess: () => {
      void message.success(t('enterprise.titleEnded'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('enterprise.endTitle')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={end.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<Values>
        form={form}
        name="title-end"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          end.mutate({ id: enterpriseId, titleId, body: values });
        }}
      >
        <Form.Item name="endedOn" label={t('enterprise.endedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('enterprise.endReason')} rules={[{ required: true }]}>
          <Select options={END_REASON_OPTIONS.map((reason) => ({ value: reason, label: labels.endReason(reason) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
