import { useMemo, useState } from 'react';
import { Alert, Card, Col, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMoney, sumMoney, todayInChina, toWanYuan } from '@ipbureau/domain';
import { BarChart, PageHeader, StatCard } from '@ipbureau/ui';
import { usePledgeMetricSeries } from '../../features/pledges/api/pledges.queries';
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
    </>
  );
}
