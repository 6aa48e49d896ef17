import { Alert, Card, Descriptions, Flex, Skeleton, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import type { TInterestSubsidyDetail, TInterestSubsidyLine } from '@ipbureau/domain/utilization';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { useInterestSubsidy } from '../../features/fund/api/fund.queries';
import { APPROVAL_STATUS_TONES, percent } from '../../features/fund/fund-labels';
import { utilizationPaths } from '../../paths';

/** The calculation as the server stored it: one line per period, the cap carried from line to line. */
export function SubsidyLines({ subsidy }: { subsidy: TInterestSubsidyDetail }) {
  const { t } = useTranslation('utilization');
  const columns: TableColumnsType<TInterestSubsidyLine> = [
    { title: t('fund.subsidy.lineNo'), dataIndex: 'lineNo' },
    { title: t('fund.subsidy.period'), key: 'period', render: (_, l) => `${l.periodFrom} – ${l.periodTo}` },
    { title: t('fund.subsidy.paidOn'), dataIndex: 'paidOn' },
    { title: t('fund.subsidy.interestPaid'), dataIndex: 'interestPaid', align: 'right', render: (a: string) => formatYuan(a) },
    { title: t('fund.subsidy.ratio'), dataIndex: 'subsidyRatio', render: (r: string) => percent(r) },
    { title: t('fund.subsidy.computed'), dataIndex: 'computed', align: 'right', render: (a: string) => formatYuan(a) },
    { title: t('fund.subsidy.capYear'), dataIndex: 'capYear' },
    { title: t('fund.subsidy.annualCap'), dataIndex: 'annualCap', align: 'right', render: (a: string) => formatYuan(a) },
    { title: t('fund.subsidy.capRemaining'), dataIndex: 'capRemainingBefore', align: 'right', render: (a: string) => formatYuan(a) },
    {
      title: t('fund.subsidy.granted'),
      dataIndex: 'granted',
      align: 'right',
      render: (a: string, l) => (
        <>
          {formatYuan(a)} {l.capped ? <Tag color="orange">{t('fund.subsidy.capped')}</Tag> : null}
        </>
      ),
    },
  ];
  return (
    <Table<TInterestSubsidyLine>
      columns={columns}
      dataSource={subsidy.lines}
      rowKey="lineNo"
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            {t('fund.subsidy.total')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {formatYuan(subsidy.interestTotal)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} colSpan={5} />
          <Table.Summary.Cell index={9} align="right">
            <span data-testid="subsidy-total">{formatYuan(subsidy.amount)}</span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** One interest subsidy application with its calculation line by line and its approval. */
export function InterestSubsidyDetail() {
  const { t } = useTranslation('utilization');
  const { id = '' } = useParams();
  const subsidy = useInterestSubsidy(id);
  if (subsidy.isError) return <Alert type="error" showIcon title={subsidy.error.message} />;
  if (!subsidy.data) return <Skeleton active />;
  const s = subsidy.data;
  const items = [
    { key: 'enterprise', label: t('fund.subsidy.enterprise'), children: `${s.enterpriseName}（${s.enterpriseCreditCode}）` },
    { key: 'lender', label: t('fund.subsidy.lender'), children: <Link to={utilizationPaths.pledge(s.pledgeId)}>{s.lenderName}</Link> },
    { key: 'applicationDate', label: t('fund.subsidy.applicationDate'), children: s.applicationDate },
    { key: 'amount', label: t('fund.subsidy.amount'), children: formatYuan(s.amount) },
    { key: 'enteredBy', label: t('fund.subsidy.enteredBy'), children: s.enteredByName },
    { key: 'decidedBy', label: t('fund.subsidy.decidedBy'), children: s.decidedByName ?? '—' },
    { key: 'paidOn', label: t('fund.subsidy.paymentDate'), children: s.paidOn ?? '—' },
    { key: 'opinion', label: t('fund.subsidy.opinion'), children: s.opinion ?? '—' },
  ];
  return (
    <>
      <PageHeader title={s.enterpriseName} description={t('fund.subsidy.listTitle')} extra={<StatusTag status={s.status} tones={APPROVAL_STATUS_TONES} label={t(`fund.approvalStatus.${s.status}`)} />} />
      <Flex vertical gap="middle">
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <Card title={t('fund.subsidy.calculation')}>
          <SubsidyLines subsidy={s} />
        </Card>
        <Link to={utilizationPaths.paymentApprovals}>{t('fund.subsidy.back')}</Link>
      </Flex>
    </>
  );
}
