import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan, hasModuleLevel } from '@ipbureau/domain';
import type { TApprovalStatus, TFundClaim, TFundContribution, TFundEntry, TFundEntryKind, TFundLedgerQuery } from '@ipbureau/domain/utilization';
import { exportXlsx, servicePath, useApiClient, useMe } from '@ipbureau/api-client';
import { DataTable, EmptyState, ExportButton, FormError, LineChart, PageHeader, StatCard, StatusTag, formatDateTime, useServerErrors } from '@ipbureau/ui';
import { useContribute } from '../../features/fund/api/fund.mutations';
import { useFundClaims, useFundLedger, useFundRules, useFunds, useFundSeries } from '../../features/fund/api/fund.queries';
import { APPROVAL_STATUS_TONES, FUND_ENTRY_TONES, percent } from '../../features/fund/fund-labels';
import { utilizationPaths } from '../../paths';

const CONTRIBUTION_FIELDS = ['funderName', 'entryDate', 'amount', 'note'] as const;

function ContributionModal({ fundId, onClose }: { fundId: string; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const { message } = App.useApp();
  const [form] = Form.useForm<TFundContribution>();
  const errors = useServerErrors(form, CONTRIBUTION_FIELDS);
  const contribute = useContribute({
    onSuccess: () => {
      void message.success(t('fund.ledger.contributed_ok'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('fund.ledger.contribute')} okText={t('fund.ledger.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={contribute.isPending} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<TFundContribution>
        form={form}
        name="fund-contribution"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          contribute.mutate({ fundId, body: { ...values, note: values.note || undefined } });
        }}
      >
        <Form.Item name="funderName" label={t('fund.ledger.funderName')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="entryDate" label={t('fund.ledger.entryDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="amount" label={t('fund.ledger.amount')} rules={[{ required: true }]}>
          {/* Text, not a number input: the amount travels as the exact decimal typed. */}
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="note" label={t('fund.ledger.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The risk-compensation fund: its balance now, the balance over time as a chart, the ledger
 * entry by entry with the end-of-day balance, the rules in force and the claims on it.
 */
export function FundLedger() {
  const { t } = useTranslation('utilization');
  const me = useMe();
  const client = useApiClient();
  const funds = useFunds();
  const [chosen, setChosen] = useState<string | undefined>();
  const fund = funds.data?.find((f) => f.id === chosen) ?? funds.data?.[0];
  const [query, setQuery] = useState<TFundLedgerQuery>({ page: 1, pageSize: 20 });
  const ledger = useFundLedger(fund?.id, query);
  const series = useFundSeries(fund?.id);
  const rules = useFundRules(fund?.id);
  const claims = useFundClaims({ fundId: fund?.id, page: 1, pageSize: 50 });
  const [contributing, setContributing] = useState(false);
  const mayEnter = hasModuleLevel(me.data?.roles ?? [], 'utilization', 'officer');

  if (funds.data && funds.data.length === 0) return <EmptyState title={t('fund.ledger.noFund')} />;

  const columns: TableColumnsType<TFundEntry> = [
    { title: t('fund.ledger.entryDate'), dataIndex: 'entryDate' },
    { title: t('fund.ledger.kind'), dataIndex: 'kind', render: (kind: TFundEntryKind) => <StatusTag status={kind} tones={FUND_ENTRY_TONES} label={t(`fund.entryKind.${kind}`)} /> },
    { title: t('fund.ledger.amount'), dataIndex: 'signedAmount', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('fund.ledger.balanceAfter'), dataIndex: 'balanceAfter', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('fund.ledger.counterparty'), key: 'counterparty', render: (_, e) => (e.pledgeId ? <Link to={utilizationPaths.pledge(e.pledgeId)}>{t('fund.ledger.claims')}</Link> : e.funderName) },
    { title: t('fund.ledger.note'), dataIndex: 'note' },
    { title: t('fund.ledger.recordedBy'), key: 'recorded', render: (_, e) => `${e.recordedByName} ${formatDateTime(e.recordedAt)}` },
  ];
  const claimColumns: TableColumnsType<TFundClaim> = [
    { title: t('fund.claim.lender'), dataIndex: 'lenderName', render: (name: string, c) => <Link to={utilizationPaths.pledge(c.pledgeId)}>{name}</Link> },
    { title: t('fund.claim.pledgor'), dataIndex: 'pledgorName' },
    { title: t('fund.claim.lossAmount'), dataIndex: 'lossAmount', align: 'right', render: (a: string) => formatYuan(a) },
    { title: t('fund.claim.amount'), dataIndex: 'amount', align: 'right', render: (a: string) => formatYuan(a) },
    { title: t('fund.claim.recovered'), dataIndex: 'recoveredAmount', align: 'right', render: (a: string) => formatYuan(a) },
    { title: t('fund.claim.status'), dataIndex: 'status', render: (s: TApprovalStatus) => <StatusTag status={s} tones={APPROVAL_STATUS_TONES} label={t(`fund.approvalStatus.${s}`)} /> },
    { title: t('fund.claim.paidOn'), dataIndex: 'paidOn', render: (d: string | null) => d ?? '—' },
  ];
  const points = series.data?.points ?? [];

  return (
    <>
      <PageHeader
        title={t('fund.ledger.title')}
        description={t('fund.ledger.description')}
        extra={
          <Space>
            <Select
              aria-label={t('fund.ledger.fund')}
              style={{ width: 280 }}
              value={fund?.id}
              options={(funds.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
              onChange={(id: string) => {
                setChosen(id);
                setQuery({ page: 1, pageSize: query.pageSize });
              }}
            />
            {mayEnter && fund ? <Button onClick={() => setContributing(true)}>{t('fund.ledger.contribute')}</Button> : null}
            {mayEnter ? (
              <Link to={utilizationPaths.fundClaimCreate}>
                <Button type="primary">{t('fund.nav.claimCreate')}</Button>
              </Link>
            ) : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8} data-testid="fund-balance">
          <StatCard title={t('fund.ledger.balance')} value={fund?.balance ?? '—'} loading={funds.isPending} />
        </Col>
        <Col xs={24} md={16}>
          <Card title={t('fund.ledger.rules')} size="small">
            {(rules.data ?? []).map((r) => (
              <div key={r.id}>
                <Typography.Text>{t('fund.ledger.rule', { from: r.effectiveTo ? `${r.effectiveFrom} – ${r.effectiveTo}` : r.effectiveFrom, ratio: percent(r.compensationRatio), cap: formatYuan(r.capPerLoan) })}</Typography.Text>
                {r.basis ? <Typography.Text type="secondary">（{r.basis}）</Typography.Text> : null}
              </div>
            ))}
          </Card>
        </Col>
      </Row>
      <Card title={t('fund.ledger.chart')} style={{ marginBottom: 16 }}>
        {/* Drawn from exact decimal strings; only the chart's geometry uses numbers. */}
        <LineChart ariaLabel={t('fund.ledger.chart')} categories={points.map((p) => p.date)} unit={t('fund.ledger.yuan')} series={[{ name: t('fund.ledger.balanceSeries'), data: points.map((p) => Number(p.balance)) }]} />
      </Card>
      <Card style={{ marginBottom: 16 }} extra={fund ? <ExportButton fileName={t('fund.ledger.title')} download={() => exportXlsx(client, servicePath('utilization', `/funds/${fund.id}/ledger`), query)} /> : null}>
        <DataTable<TFundEntry>
          columns={columns}
          rows={ledger.data?.items ?? []}
          rowKey="id"
          loading={ledger.isFetching}
          page={query.page}
          pageSize={query.pageSize}
          total={ledger.data?.total ?? 0}
          onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
        />
      </Card>
      <Card title={t('fund.ledger.claims')}>
        <DataTable<TFundClaim> columns={claimColumns} rows={claims.data?.items ?? []} rowKey="id" loading={claims.isFetching} page={1} pageSize={50} total={claims.data?.total ?? 0} onChange={() => undefined} />
      </Card>
      {contributing && fund ? <ContributionModal fundId={fund.id} onClose={() => setContributing(false)} /> : null}
    </>
  );
}
