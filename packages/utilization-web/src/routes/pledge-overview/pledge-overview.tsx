import { useMemo, useState } from 'react';
import { Alert, Card, Col, Empty, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMoney, sumMoney, todayInChina, toWanYuan } from '@ipbureau/domain';
import { BarChart, PageHeader, StatCard } from '@ipbureau/ui';
import { usePledgeBreakdown, usePledgeMetricSeries } from '../../features/pledges/api/pledges.queries';
import { AMOUNT_IN_PERIOD, OUTSTANDING, useRegionDistricts } from '../../features/pledges/pledge-labels';

/**
 * Shantou's 2021–2025 plan (三.二): 800,000,000 yuan of IP pledge financing over the period. The
 * platform does not serve plan targets yet; when it does, this screen should read them from there.
 */
export const PLAN_PERIOD = { years: [2021, 2022, 2023, 2024, 2025], target: '800000000.00' } as const;


/** Figures for the chart, in 万元 as officials read them (exact until drawn). */
const wan = (amount: string) => Number(toWanYuan(amount));

/** Financing per year of the plan period from the metric endpoint, against the plan's target. */
export function PledgeOverview() {
  const { t } = useTranslation('utilization');
  const districts = useRegionDistricts();
  const [district, setDistrict] = useState<string | undefined>();
  const yearWindows = useMemo(() => PLAN_PERIOD.years.map((year) => ({ from: `${year}-01-01`, to: `${year}-12-31`, district })), [district]);
  const annual = usePledgeMetricSeries(AMOUNT_IN_PERIOD, yearWindows);
  const [outstanding] = usePledgeMetricSeries(OUTSTANDING, [{ asOf: todayInChina(), district }]);
  const failed = [...annual, outstanding].find((q) => q?.isError);
  const loading = annual.some((q) => q.isPending);
  const values = annual.map((q) => q.data?.value ?? null);

  let running = '0.00';
  const cumulative = values.map((value) => (value === null ? null : (running = addMoney(running, value))));
  const total = sumMoney(values.filter((v): v is string => v !== null));
  const progress = ((wan(total) / wan(PLAN_PERIOD.target)) * 100).toFixed(1);
  const last = PLAN_PERIOD.years.length - 1;

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description')}
        extra={<Select allowClear aria-label={t('pledges.district')} placeholder={t('overview.wholeRegion')} style={{ width: 160 }} options={districts} value={district} onChange={setDistrict} />}
      />
      {failed?.error ? <Alert type="error" showIcon title={failed.error.message} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <StatCard title={t('overview.periodTotal')} value={toWanYuan(total)} loading={loading} />
        </Col>
        <Col xs={24} md={8}>
          <StatCard title={t('overview.progress')} value={`${progress}%`} loading={loading} />
        </Col>
        <Col xs={24} md={8}>
          <StatCard title={t('overview.outstanding')} value={outstanding?.data ? toWanYuan(outstanding.data.value) : '—'} loading={outstanding?.isPending} />
        </Col>
      </Row>
      <Card title={t('overview.chart')}>
        <BarChart
          ariaLabel={t('overview.chart')}
          categories={PLAN_PERIOD.years.map(String)}
          unit={t('overview.wan')}
          series={[
            { name: t('overview.annual'), data: values.map((v) => (v === null ? null : wan(v))) },
            { name: t('overview.cumulative'), data: cumulative.map((v) => (v === null ? null : wan(v))) },
            // The target is for the whole period, so it stands beside the period's last year.
            { name: t('overview.target'), data: PLAN_PERIOD.years.map((_, i) => (i === last ? wan(PLAN_PERIOD.target) : null)) },
          ]}
        />
      </Card>
      <FinancingStructure district={district} />
    </>
  );
}

/** The lenders drawn by name; the rest of a long tail is left to the pledge list's filters. */
const TOP_LENDERS = 10;

/**
 * The structure of the financing in a period (the plan period or one of its years): by pledged
 * right and by lender, amounts in 万元 with the number of pledges beside each name.
 */
function FinancingStructure({ district }: { district: string | undefined }) {
  const { t } = useTranslation('utilization');
  const [period, setPeriod] = useState<string>('plan');
  const window =
    period === 'plan' ? { from: `${PLAN_PERIOD.years[0]}-01-01`, to: `${PLAN_PERIOD.years.at(-1)}-12-31` } : { from: `${period}-01-01`, to: `${period}-12-31` };
  const breakdown = usePledgeBreakdown({ ...window, district });
  const data = breakdown.data;
  const lenders = data?.byLender.slice(0, TOP_LENDERS) ?? [];
  const named = (name: string, count: number) => t('overview.withCount', { name, count });
  return (
    <Card
      title={t('overview.structure')}
      style={{ marginTop: 16 }}
      extra={
        <Select
          aria-label={t('overview.structurePeriod')}
          style={{ width: 200 }}
          value={period}
          onChange={setPeriod}
          options={[{ value: 'plan', label: t('overview.planPeriod') }, ...PLAN_PERIOD.years.map((year) => ({ value: String(year), label: t('overview.year', { year }) }))]}
        />
      }
    >
      {breakdown.error ? <Alert type="error" showIcon title={breakdown.error.message} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <BarChart
            horizontal
            ariaLabel={t('overview.byRightKind')}
            unit={t('overview.wan')}
            categories={(data?.byRightKind ?? []).map((k) => named(t(`rightKind.${k.rightKind}`), k.count))}
            series={[{ name: t('overview.amount'), data: (data?.byRightKind ?? []).map((k) => wan(k.amount)) }]}
          />
        </Col>
        <Col xs={24} lg={14}>
          {data && lenders.length === 0 ? (
            <Empty description={t('overview.noLender')} />
          ) : (
            <BarChart
              horizontal
              ariaLabel={t('overview.byLender')}
              unit={t('overview.wan')}
              categories={lenders.map((l) => named(l.lenderName, l.count))}
              series={[{ name: t('overview.amount'), data: lenders.map((l) => wan(l.amount)) }]}
            />
          )}
        </Col>
      </Row>
    </Card>
  );
}
