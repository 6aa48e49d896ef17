import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TClaimAction, TInsuranceClaim, TInsuranceClaimTransition } from '@ipbureau/domain/utilization';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useDecideClaim, useFileClaim } from '../../features/products/api/products.mutations';
import { useVocab } from '../../features/products/product-labels';

type FileValues = { filedDate: string; claimedAmount: string; description: string };

/** Records a claim filed with the insurer. */
export function FileClaimModal({ policyId, onClose }: { policyId: string; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const { message } = App.useApp();
  const [form] = Form.useForm<FileValues>();
  const errors = useServerErrors(form, ['filedDate', 'claimedAmount', 'description']);
  const file = useFileClaim(policyId, {
    onSuccess: () => {
      void message.success(t('products.common.saved'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('products.insurance.fileClaim')} okText={t('products.common.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={file.isPending} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<FileValues>
        form={form}
        name="claim-file"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          file.mutate(values);
        }}
      >
        <Form.Item name="filedDate" label={t('products.insurance.filedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="claimedAmount" label={t('products.insurance.claimedAmount')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="description" label={t('products.insurance.claimDescription')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type DecideValues = { effectiveDate: string; paidAmount?: string; reason?: string };

/**
 * Pays or refuses a filed claim, sent with the version the page shows; the server refuses a
 * payment above the claim or what the insured sum has left (422) and shows why above the form.
 */
export function DecideClaimModal({ policyId, claim, action, onClose }: { policyId: string; claim: TInsuranceClaim; action: TClaimAction; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const errors = useServerErrors(form, ['effectiveDate', 'paidAmount', 'reason']);
  const decide = useDecideClaim(policyId, {
    onSuccess: () => {
      void message.success(t('products.common.saved'));
      onClose();
    },
    onError: errors.show,
  });
  const submit = (v: DecideValues) => {
    errors.clear();
    const body: TInsuranceClaimTransition =
      action === 'pay'
        ? { action, version: claim.version, effectiveDate: v.effectiveDate, paidAmount: v.paidAmount ?? '' }
        : { action, version: claim.version, effectiveDate: v.effectiveDate, reason: v.reason ?? '' };
    decide.mutate({ claimId: claim.id, body });
  };
  const title = t('products.insurance.decide', { action: vocab.label('claimAction', action) });
  return (
    <Modal open title={title} okText={t('products.common.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={decide.isPending} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<DecideValues> form={form} name={`claim-${action}`} layout="vertical" onFinish={submit}>
        <Form.Item name="effectiveDate" label={t('products.insurance.decidedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {action === 'pay' ? (
          <Form.Item name="paidAmount" label={t('products.insurance.paidAmount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label={t('products.insurance.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
