import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Skeleton, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { compareMoney, formatYuan, todayInChina } from '@ipbureau/domain';
import type { TApprovalStatus, TInsurancePolicyDetail, TPremiumSubsidyPayment } from '@ipbureau/domain/utilization';
import { useApiClient } from '@ipbureau/api-client';
import { FormError, StatusTag, useServerErrors } from '@ipbureau/ui';
import { useQuery } from '@tanstack/react-query';
import { useCreatePremiumPayment } from '../../features/fund/api/fund.mutations';
import { fundQueries } from '../../features/fund/api/fund.queries';
import { APPROVAL_STATUS_TONES } from '../../features/fund/fund-labels';
import { productPaths } from '../../paths';

/**
 * The policy's premium subsidy and its payments through maker-checker: the officer applies to
 * pay it (sent with the policy's version, so the amount paid is the one on screen), another
 * approver decides it on the payment-approvals screen, and the amount and date paid show here.
 */
export function PremiumSubsidyCard({ policy }: { policy: TInsurancePolicyDetail }) {
  const { t } = useTranslation('utilization');
  const [applying, setApplying] = useState(false);
  const open = policy.subsidyPayments.some((p) => p.status !== 'rejected');
  const none = compareMoney(policy.premiumSubsidy, '0') <= 0;
  const blocked = none ? t('fund.premium.noSubsidy') : open ? t('fund.premium.open') : undefined;
  const columns: TableColumnsType<TPremiumSubsidyPayment> = [
    { title: t('fund.premium.applicationDate'), dataIndex: 'applicationDate' },
    { title: t('fund.premium.amount'), dataIndex: 'amount', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('fund.premium.status'), dataIndex: 'status', render: (s: TApprovalStatus) => <StatusTag status={s} tones={APPROVAL_STATUS_TONES} label={t(`fund.approvalStatus.${s}`)} /> },
    { title: t('fund.premium.paidOn'), dataIndex: 'paidOn', render: (d: string | null) => d ?? '—' },
    { title: t('fund.premium.enteredBy'), dataIndex: 'enteredByName' },
    { title: t('fund.premium.decidedBy'), dataIndex: 'decidedByName', render: (n: string | null) => n ?? '—' },
    { title: t('fund.premium.opinion'), dataIndex: 'opinion', render: (o: string | null) => o ?? '' },
  ];
  return (
    <Card
      title={t('fund.premium.title')}
      extra={
        <Tooltip title={blocked}>
          <Button type="primary" disabled={blocked !== undefined} onClick={() => setApplying(true)}>
            {t('fund.premium.apply')}
          </Button>
        </Tooltip>
      }
    >
      {policy.premiumSubsidyPaidAmount && policy.premiumSubsidyPaidOn ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('fund.premium.paid', { amount: formatYuan(policy.premiumSubsidyPaidAmount), date: policy.premiumSubsidyPaidOn })} />
      ) : null}
      {policy.subsidyPayments.length === 0 ? (
        <Typography.Text type="secondary">{t('fund.premium.none')}</Typography.Text>
      ) : (
        <Table<TPremiumSubsidyPayment> rowKey="id" size="small" columns={columns} dataSource={policy.subsidyPayments} pagination={false} />
      )}
      {applying ? <ApplyPremiumModal policy={policy} onClose={() => setApplying(false)} /> : null}
    </Card>
  );
}

type Values = { applicationDate: string };

function ApplyPremiumModal({ policy, onClose }: { policy: TInsurancePolicyDetail; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, ['applicationDate']);
  const create = useCreatePremiumPayment({
    onSuccess: () => {
      void message.success(t('fund.premium.submitted'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('fund.premium.applyTitle', { amount: formatYuan(policy.premiumSubsidy) })} okText={t('fund.premium.apply')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      <FormError message={errors.formError} />
      <Typography.Paragraph type="secondary">{t('fund.premium.applyHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="premium-subsidy-apply"
        layout="vertical"
        initialValues={{ applicationDate: todayInChina() }}
        onFinish={(values) => {
          errors.clear();
          create.mutate({ policyId: policy.id, version: policy.version, applicationDate: values.applicationDate });
        }}
      >
        <Form.Item name="applicationDate" label={t('fund.premium.applicationDate')} rules={[{ required: true }]}>
          <Input type="date" style={{ maxWidth: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** What the checker approves: the policy, the insured enterprise, the premium and the subsidy. */
export function PremiumPaymentSummary({ payment }: { payment: TPremiumSubsidyPayment }) {
  const { t } = useTranslation('utilization');
  return (
    <Descriptions
      column={2}
      size="small"
      items={[
        { key: 'policy', label: t('fund.premium.policy'), children: `${payment.policyNumber} · ${payment.insurerName}` },
        { key: 'insured', label: t('fund.premium.insured'), children: `${payment.insuredName}（${payment.insuredCreditCode}）` },
        { key: 'premium', label: t('fund.premium.premium'), children: formatYuan(payment.premium) },
        { key: 'amount', label: t('fund.premium.amount'), children: <strong data-testid="premium-amount">{formatYuan(payment.amount)}</strong> },
        { key: 'date', label: t('fund.premium.applicationDate'), children: payment.applicationDate },
        { key: 'enteredBy', label: t('fund.premium.enteredBy'), children: payment.enteredByName },
      ]}
    />
  );
}

/** `/utilization/premium-subsidy-payments/:id`: the payment's policy (the approvals queue links here). */
export function PremiumPaymentRedirect() {
  const { id = '' } = useParams();
  const payment = useQuery(fundQueries.premiumPayment(useApiClient(), id));
  if (payment.isError) return <Alert type="error" showIcon title={payment.error.message} />;
  if (!payment.data) return <Skeleton active />;
  return <Navigate replace to={productPaths.policy(payment.data.policyId)} />;
}
