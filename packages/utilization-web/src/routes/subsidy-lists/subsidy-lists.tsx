import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import { APPROVAL_STATUSES, type TApprovalStatus, type TInterestSubsidy, type TInterestSubsidyListQuery, type TPremiumSubsidyPayment, type TPremiumSubsidyPaymentListQuery } from '@ipbureau/domain/utilization';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader, StatusTag } from '@ipbureau/ui';
import { useInterestSubsidies, usePremiumPayments } from '../../features/fund/api/fund.queries';
import { APPROVAL_STATUS_TONES } from '../../features/fund/fund-labels';
import { productPaths, utilizationPaths } from '../../paths';

function useStatusOptions() {
  const { t } = useTranslation('utilization');
  return APPROVAL_STATUSES.map((s) => ({ value: s, label: t(`fund.approvalStatus.${s}`) }));
}

function useStatusColumn<T extends { status: TApprovalStatus }>(): TableColumnsType<T>[number] {
  const { t } = useTranslation('utilization');
  return { title: t('fund.subsidy.status'), dataIndex: 'status', render: (s: TApprovalStatus) => <StatusTag status={s} tones={APPROVAL_STATUS_TONES} label={t(`fund.approvalStatus.${s}`)} /> };
}

type SubsidyFilters = { status?: TApprovalStatus; enterpriseCreditCode?: string };

/** 质押贷款贴息: every application with its amount, approval and payment date; exported as it is filtered. */
export function InterestSubsidyList() {
  const { t } = useTranslation('utilization');
  const client = useApiClient();
  const [query, setQuery] = useState<TInterestSubsidyListQuery>({ page: 1, pageSize: 20 });
  const subsidies = useInterestSubsidies(query);
  const columns: TableColumnsType<TInterestSubsidy> = [
    { title: t('fund.subsidy.enterprise'), dataIndex: 'enterpriseName', render: (name: string, s) => <Link to={utilizationPaths.interestSubsidy(s.id)}>{name}</Link> },
    { title: t('fund.subsidy.creditCode'), dataIndex: 'enterpriseCreditCode' },
    { title: t('fund.subsidy.lender'), dataIndex: 'lenderName' },
    { title: t('fund.subsidy.applicationDate'), dataIndex: 'applicationDate' },
    { title: t('fund.subsidy.interestTotal'), dataIndex: 'interestTotal', align: 'right', render: (v: string) => formatYuan(v) },
    { title: t('fund.subsidy.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatYuan(v) },
    useStatusColumn<TInterestSubsidy>(),
    { title: t('fund.subsidy.paymentDate'), dataIndex: 'paidOn', render: (d: string | null) => d ?? '—' },
    { title: t('fund.subsidy.enteredBy'), dataIndex: 'enteredByName' },
    { title: t('fund.subsidy.decidedBy'), dataIndex: 'decidedByName', render: (n: string | null) => n ?? '—' },
  ];
  return (
    <>
      <PageHeader
        title={t('fund.subsidy.listTitle')}
        description={t('fund.subsidy.listDescription')}
        extra={<Link to={utilizationPaths.interestSubsidyCreate}>{t('fund.nav.subsidyCreate')}</Link>}
      />
      <FilterBar<SubsidyFilters>
        name="interest-subsidy-filters"
        actions={<ExportButton fileName={t('fund.subsidy.listTitle')} download={() => exportXlsx(client, servicePath('utilization', '/interest-subsidies'), query)} />}
        onSearch={(filters) => setQuery({ ...filters, enterpriseCreditCode: filters.enterpriseCreditCode || undefined, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="status" label={t('fund.subsidy.status')}>
          <Select allowClear style={{ width: 160 }} options={useStatusOptions()} />
        </Form.Item>
        <Form.Item name="enterpriseCreditCode" label={t('fund.subsidy.creditCode')}>
          <Input allowClear maxLength={18} style={{ width: 200 }} />
        </Form.Item>
      </FilterBar>
      <DataTable<TInterestSubsidy>
        columns={columns}
        rows={subsidies.data?.items ?? []}
        rowKey="id"
        loading={subsidies.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={subsidies.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}

type PremiumFilters = { status?: TApprovalStatus };

/** 保费补贴支付: the payments of insurance premium subsidies through maker-checker; exported as filtered. */
export function PremiumSubsidyList() {
  const { t } = useTranslation('utilization');
  const client = useApiClient();
  const [query, setQuery] = useState<TPremiumSubsidyPaymentListQuery>({ page: 1, pageSize: 20 });
  const payments = usePremiumPayments(query);
  const columns: TableColumnsType<TPremiumSubsidyPayment> = [
    { title: t('fund.premium.policy'), dataIndex: 'policyNumber', render: (n: string, p) => <Link to={productPaths.policy(p.policyId)}>{n}</Link> },
    { title: t('fund.premium.insured'), dataIndex: 'insuredName' },
    { title: t('fund.premium.premium'), dataIndex: 'premium', align: 'right', render: (v: string) => formatYuan(v) },
    { title: t('fund.premium.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatYuan(v) },
    { title: t('fund.premium.applicationDate'), dataIndex: 'applicationDate' },
    useStatusColumn<TPremiumSubsidyPayment>(),
    { title: t('fund.premium.paidOn'), dataIndex: 'paidOn', render: (d: string | null) => d ?? '—' },
    { title: t('fund.premium.enteredBy'), dataIndex: 'enteredByName' },
    { title: t('fund.premium.decidedBy'), dataIndex: 'decidedByName', render: (n: string | null) => n ?? '—' },
  ];
  return (
    <>
      <PageHeader
        title={t('fund.premium.title')}
        description={t('fund.premium.listDescription')}
      />
      <FilterBar<PremiumFilters>
        name="premium-subsidy-filters"
        actions={<ExportButton fileName={t('fund.premium.title')} download={() => exportXlsx(client, servicePath('utilization', '/premium-subsidy-payments'), query)} />}
        onSearch={(filters) => setQuery({ ...filters, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="status" label={t('fund.premium.status')}>
          <Select allowClear style={{ width: 160 }} options={useStatusOptions()} />
        </Form.Item>
      </FilterBar>
      <DataTable<TPremiumSubsidyPayment>
        columns={columns}
        rows={payments.data?.items ?? []}
        rowKey="id"
        loading={payments.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={payments.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
