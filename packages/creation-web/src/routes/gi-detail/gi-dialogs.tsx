import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TGiDetail, TGiUpdate } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useRevokeGi, useUpdateGi } from '../../features/geographical-indications/api/gis.mutations';

type EditValues = { name: string; originArea: string; holderName: string; holderCreditCode?: string };
const EDIT_FIELDS = ['name', 'originArea', 'holderName', 'holderCreditCode'] as const;

/** Corrects a GI's particulars against the version on screen; only what changed is sent. */
export function GiEditDialog({ gi, onClose }: { gi: TGiDetail; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const errors = useServerErrors(form, EDIT_FIELDS);
  const update = useUpdateGi({
    onSuccess: () => {
      void message.success(t('gi.updated'));
      onClose();
    },
    onError: errors.show,
  });

  const submit = (values: EditValues) => {
    errors.clear();
    const body: TGiUpdate = { version: gi.version };
    if (values.name !== gi.name) body.name = values.name;
    if (values.originArea !== gi.originArea) body.originArea = values.originArea;
    if (values.holderName !== gi.holderName) body.holderName = values.holderName;
    const code = values.holderCreditCode?.trim() || null;
    if (code !== gi.holderCreditCode) body.holderCreditCode = code;
    if (Object.keys(body).length === 1) return onClose();
    update.mutate({ id: gi.id, body });
  };

  return (
    <Modal open title={t('gi.editTitle')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={update.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<EditValues>
        form={form}
        name="gi-edit"
        layout="vertical"
        initialValues={{ name: gi.name, originArea: gi.originArea, holderName: gi.holderName, holderCreditCode: gi.holderCreditCode ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('gi.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="originArea" label={t('gi.originArea')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Form.Item name="holderName" label={t('gi.holder')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="holderCreditCode" label={t('gi.holderCreditCode')}>
          <Input maxLength={18} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type RevokeValues = { revokedOn: string; reason: string };
const REVOKE_FIELDS = ['revokedOn', 'reason'] as const;

/** Revokes the GI's protection on the date it took effect, with the reason, against the version on screen. */
export function GiRevokeDialog({ gi, onClose }: { gi: TGiDetail; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const [form] = Form.useForm<RevokeValues>();
  const errors = useServerErrors(form, REVOKE_FIELDS);
  const revoke = useRevokeGi({
    onSuccess: () => {
      void message.success(t('gi.revokedDone'));
      onClose();
    },
    onError: errors.show,
  });

  return (
    <Modal open title={t('gi.revokeTitle')} okText={t('gi.revoke')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} confirmLoading={revoke.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Typography.Paragraph type="secondary">{t('gi.revokeHint')}</Typography.Paragraph>
      <Form<RevokeValues>
        form={form}
        name="gi-revoke"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          revoke.mutate({ id: gi.id, body: { version: gi.version, revokedOn: values.revokedOn, reason: values.reason.trim() } });
        }}
      >
        <Form.Item name="revokedOn" label={t('gi.revokedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('gi.revocationReason')} extra={t('gi.revocationReasonHint')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
