import { useState } from 'react';
import { Button, Form, Select, Space, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan, hasModuleLevel } from '@ipbureau/domain';
import type { TApprovalStatus, TPaymentApproval, TPaymentApprovalListQuery, TPaymentKind } from '@ipbureau/domain/utilization';
import { exportXlsx, servicePath, useApiClient, useMe } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, formatDateTime, PageHeader, StatusTag } from '@ipbureau/ui';
import { usePaymentApprovals } from '../../features/fund/api/fund.queries';
import { APPROVAL_STATUS_TONES, PAYMENT_KIND_OPTIONS } from '../../features/fund/fund-labels';
import { utilizationPaths } from '../../paths';
import { DecisionModal } from './decision-modal';

type Filters = { status?: TApprovalStatus; kind?: TPaymentKind };

/**
 * The approvers' queue: every payment out awaiting a decision, oldest first (and, filtered,
 * the decided ones). A payment the signed-in user entered can not be decided by them.
 */
export function PaymentApprovals() {
  const { t } = useTranslation('utilization');
  const me = useMe();
  const client = useApiClient();
  const [query, setQuery] = useState<TPaymentApprovalListQuery>({ status: 'pending', page: 1, pageSize: 20 });
  const approvals = usePaymentApprovals(query);
  const [deciding, setDeciding] = useState<TPaymentApproval | null>(null);
  const isApprover = hasModuleLevel(me.data?.roles ?? [], 'utilization', 'approver');

  const subjectLink = (a: TPaymentApproval) =>
    a.kind === 'interest_subsidy' ? utilizationPaths.interestSubsidy(a.subjectId) : a.kind === 'premium_subsidy' ? utilizationPaths.premiumSubsidyPayment(a.subjectId) : utilizationPaths.fundLedger;
  const columns: TableColumnsType<TPaymentApproval> = [
    { title: t('fund.approvals.kind'), dataIndex: 'kind', render: (kind: TPaymentKind) => t(`fund.paymentKind.${kind}`) },
    { title: t('fund.approvals.summary'), dataIndex: 'summary', render: (summary: string, a) => <Link to={subjectLink(a)}>{summary}</Link> },
    { title: t('fund.approvals.amount'), dataIndex: 'amount', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('fund.approvals.enteredBy'), dataIndex: 'enteredByName' },
    { title: t('fund.approvals.enteredAt'), dataIndex: 'enteredAt', render: (at: string) => formatDateTime(at) },
    { title: t('fund.approvals.status'), dataIndex: 'status', render: (s: TApprovalStatus, a) => <StatusTag status={s} tones={APPROVAL_STATUS_TONES} label={a.decidedByName ? `${t(`fund.approvalStatus.${s}`)} · ${a.decidedByName} ${a.decidedOn ?? ''}` : t(`fund.approvalStatus.${s}`)} /> },
    {
      title: '',
      key: 'decide',
      render: (_, a) => {
        if (a.status !== 'pending') return a.opinion;
        const own = a.enteredBy === me.data?.id;
        const reason = !isApprover ? t('fund.approvals.approverOnly') : own ? t('fund.approvals.ownEntry') : undefined;
        return (
          <Tooltip title={reason}>
            <Button type="primary" size="small" disabled={reason !== undefined} onClick={() => setDeciding(a)}>
              {t('fund.approvals.decide')}
            </Button>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('fund.approvals.title')}
        description={t('fund.approvals.description')}
        extra={
          <Space>
            <ExportButton fileName={t('fund.approvals.title')} download={() => exportXlsx(client, servicePath('utilization', '/payment-approvals'), query)} />
            <Link to={utilizationPaths.fundClaimCreate}>{t('fund.nav.claimCreate')}</Link>
            <Link to={utilizationPaths.interestSubsidyCreate}>{t('fund.nav.subsidyCreate')}</Link>
          </Space>
        }
      />
      <FilterBar<Filters> name="approval-filters" initialValues={{ status: 'pending' }} onSearch={(filters) => setQuery({ ...filters, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="status" label={t('fund.approvals.status')}>
          <Select allowClear style={{ width: 160 }} options={(['pending', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: t(`fund.approvalStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('fund.approvals.kind')}>
          <Select allowClear style={{ width: 200 }} options={PAYMENT_KIND_OPTIONS.map((k) => ({ value: k, label: t(`fund.paymentKind.${k}`) }))} />
        </Form.Item>
      </FilterBar>
      <DataTable<TPaymentApproval>
        columns={columns}
        rows={approvals.data?.items ?? []}
        rowKey="id"
        loading={approvals.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={approvals.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
      {deciding ? <DecisionModal key={deciding.id} approval={deciding} onClose={() => setDeciding(null)} /> : null}
    </>
  );
}
