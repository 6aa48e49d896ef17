import { App, Button, Form, Input, Modal, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import type { TPaymentApproval } from '@ipbureau/domain/utilization';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useDecidePayment } from '../../features/fund/api/fund.mutations';
import { usePaymentSubject } from '../../features/fund/api/fund.queries';
import { ClaimCalculation } from '../fund-claim-create/fund-claim-create';
import { SubsidyLines } from '../interest-subsidy-detail/interest-subsidy-detail';
import { PremiumPaymentSummary } from '../insurance-detail/premium-subsidy';

type Values = { effectiveDate: string; opinion?: string };
const FIELDS = ['effectiveDate', 'opinion'] as const;

/**
 * The checker's decision on one payment. The payment is read in full first, so the checker sees
 * the calculation they approve, and the decision carries the version read: a payment changed
 * meanwhile is refused (409) above the form, as is deciding one's own entry (403).
 */
export function DecisionModal({ approval, onClose }: { approval: TPaymentApproval; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const { message } = App.useApp();
  const subject = usePaymentSubject(approval.kind, approval.subjectId);
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const decide = useDecidePayment({
    onSuccess: (_result, { body }) => {
      void message.success(t(body.decision === 'approve' ? 'fund.approvals.approved' : 'fund.approvals.rejected'));
      onClose();
    },
    onError: errors.show,
  });

  const send = async (decision: 'approve' | 'reject') => {
    const version = subject.version;
    if (version === undefined) return;
    const values = await form.validateFields(decision === 'reject' ? ['effectiveDate', 'opinion'] : ['effectiveDate']).catch(() => null);
    if (values === null) return;
    if (decision === 'reject' && !values.opinion) {
      form.setFields([{ name: 'opinion', errors: [t('fund.approvals.opinionRequired')] }]);
      return;
    }
    errors.clear();
    decide.mutate({ kind: approval.kind, id: approval.subjectId, body: { decision, version, effectiveDate: values.effectiveDate, opinion: values.opinion || undefined } });
  };

  return (
    <Modal
      open
      width={900}
      title={t('fund.approvals.decisionTitle', { kind: t(`fund.paymentKind.${approval.kind}`) })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button danger loading={decide.isPending} onClick={() => void send('reject')}>
            {t('fund.approvals.reject')}
          </Button>
          <Button type="primary" loading={decide.isPending} disabled={subject.version === undefined} onClick={() => void send('approve')}>
            {t('fund.approvals.approve')}
          </Button>
        </Space>
      }
    >
      <FormError message={errors.formError} />
      {subject.claim ? <ClaimCalculation claim={subject.claim} /> : subject.subsidy ? <SubsidyLines subsidy={subject.subsidy} /> : subject.premium ? <PremiumPaymentSummary payment={subject.premium} /> : <Skeleton active />}
      <Form<Values> form={form} name="payment-decision" layout="vertical" initialValues={{ effectiveDate: todayInChina() }} style={{ marginTop: 16 }}>
        <Form.Item name="effectiveDate" label={t('fund.approvals.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="opinion" label={t('fund.approvals.opinion')}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
