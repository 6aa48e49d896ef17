import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import type { TFundClaim, TFundClaimCreate } from '@ipbureau/domain/utilization';
import { FormError, PageHeader, StatusTag, useServerErrors } from '@ipbureau/ui';
import { useCreateClaim } from '../../features/fund/api/fund.mutations';
import { useFunds } from '../../features/fund/api/fund.queries';
import { APPROVAL_STATUS_TONES, percent } from '../../features/fund/fund-labels';
import { usePledges } from '../../features/pledges/api/pledges.queries';
import { utilizationPaths } from '../../paths';

const FIELDS = ['fundId', 'pledgeId', 'lossAmount', 'claimDate', 'note'] as const;

/** The claim as the server computed it: loss × ratio, the cap, what the fund will pay once approved. */
export function ClaimCalculation({ claim }: { claim: TFundClaim }) {
  const { t } = useTranslation('utilization');
  const items = [
    { key: 'lender', label: t('fund.claim.lender'), children: claim.lenderName },
    { key: 'pledgor', label: t('fund.claim.pledgor'), children: `${claim.pledgorName}（${claim.pledgorCreditCode}）` },
    { key: 'defaultDate', label: t('fund.claim.defaultDate'), children: claim.defaultDate },
    { key: 'claimDate', label: t('fund.claim.claimDate'), children: claim.claimDate },
    { key: 'loss', label: t('fund.claim.lossAmount'), children: formatYuan(claim.lossAmount) },
    { key: 'ratio', label: t('fund.claim.ratio'), children: percent(claim.compensationRatio) },
    { key: 'computed', label: t('fund.claim.computed'), children: formatYuan(claim.computedAmount) },
    { key: 'cap', label: t('fund.claim.cap'), children: formatYuan(claim.capPerLoan) },
    {
      key: 'amount',
      label: t('fund.claim.amount'),
      children: (
        <span data-testid="claim-amount">
          {formatYuan(claim.amount)} {claim.capped ? <Tag color="orange">{t('fund.claim.capped')}</Tag> : null}
        </span>
      ),
    },
    { key: 'status', label: t('fund.claim.status'), children: <StatusTag status={claim.status} tones={APPROVAL_STATUS_TONES} label={t(`fund.approvalStatus.${claim.status}`)} /> },
    { key: 'enteredBy', label: t('fund.claim.enteredBy'), children: claim.enteredByName },
    { key: 'decidedBy', label: t('fund.claim.decidedBy'), children: claim.decidedByName ?? '—' },
  ];
  return <Descriptions column={{ xs: 1, md: 2 }} items={items} />;
}

/**
 * The maker's step: a lender's claim on a defaulted loan. The server computes it by the fund's
 * rule and refuses (422, shown above the form) a claim the balance could not pay.
 */
export function FundClaimCreate() {
  const { t } = useTranslation('utilization');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const funds = useFunds();
  const defaulted = usePledges({ status: 'defaulted', page: 1, pageSize: 200 });
  const [form] = Form.useForm<TFundClaimCreate>();
  const errors = useServerErrors(form, FIELDS);
  const [created, setCreated] = useState<TFundClaim | null>(null);
  const create = useCreateClaim({
    onSuccess: (claim) => {
      void message.success(t('fund.claim.saved'));
      setCreated(claim);
    },
    onError: errors.show,
  });

  return (
    <>
      <PageHeader title={t('fund.claim.title')} description={t('fund.claim.description')} />
      <Card style={{ marginBottom: 16 }}>
        <FormError message={errors.formError} />
        <Form<TFundClaimCreate>
          form={form}
          name="fund-claim-create"
          layout="vertical"
          style={{ maxWidth: 640 }}
          onFinish={(values) => {
            errors.clear();
            setCreated(null);
            create.mutate({ ...values, note: values.note || undefined });
          }}
        >
          <Form.Item name="fundId" label={t('fund.claim.fund')} rules={[{ required: true }]}>
            <Select options={(funds.data ?? []).map((f) => ({ value: f.id, label: `${f.name}（${formatYuan(f.balance)}）` }))} />
          </Form.Item>
          <Form.Item name="pledgeId" label={t('fund.claim.pledge')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(defaulted.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.pledgorName} · ${p.rightNumber} · ${p.lenderName} · ${formatYuan(p.outstandingPrincipal)}` }))}
            />
          </Form.Item>
          <Form.Item name="lossAmount" label={t('fund.claim.lossAmount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="claimDate" label={t('fund.claim.claimDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="note" label={t('fund.claim.note')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('fund.claim.submit')}
            </Button>
            <Button onClick={() => void navigate(utilizationPaths.fundLedger)}>{t('fund.ledger.title')}</Button>
          </Space>
        </Form>
      </Card>
      {created ? (
        <Card title={t('fund.claim.amount')}>
          <ClaimCalculation claim={created} />
        </Card>
      ) : null}
    </>
  );
}
