import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Card, Col, Row, Select, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { sumMoney, toWanYuan } from '@ipbureau/domain';
import { BarChart, PageHeader } from '@ipbureau/ui';
import { useProductMetricSeries } from '../../features/products/api/products.queries';
import { METRIC } from '../../features/products/product-labels';
import { useRegionDistricts } from '../../features/pledges/pledge-labels';
import { PLAN_PERIOD } from '../pledge-overview/pledge-overview';

type Series = ReturnType<typeof useProductMetricSeries>;

/** Values of one series; null where a year has not answered (a gap, not a zero). */
const valuesOf = (series: Series) => series.map((q) => q.data?.value ?? null);
const known = (values: (string | null)[]) => values.filter((v): v is string => v !== null);
const count = (v: string | null) => (v === null ? null : Number(v));
const wan = (v: string | null) => (v === null ? null : Number(toWanYuan(v)));

/** A card for one product: the period's total beside a chart of its years. */
function ProductCard({ title, total, chart }: { title: string; total: string; chart: ReactNode }) {
  const { t } = useTranslation('utilization');
  return (
    <Card title={title}>
      <Statistic title={t('products.overview.periodTotal')} value={total} />
      {chart}
    </Card>
  );
}

/**
 * The products' results per year of the plan period, from the service's metrics: insurance
 * (policies and insured sum), transfers and licences (by kind, and their amount), awards (by
 * level) and securitization. Money is summed exactly and only drawn in 万元.
 */
export function ProductsOverview() {
  const { t } = useTranslation('utilization');
  const districts = useRegionDistricts();
  const [district, setDistrict] = useState<string | undefined>();
  const windows = useMemo(() => PLAN_PERIOD.years.map((year) => ({ from: `${year}-01-01`, to: `${year}-12-31`, district })), [district]);
  const policies = useProductMetricSeries(METRIC.insuranceContracts, windows);
  const insured = useProductMetricSeries(METRIC.insuredSum, windows);
  const assignments = useProductMetricSeries(METRIC.assignments, windows);
  const licenses = useProductMetricSeries(METRIC.licenses, windows);
  const transferAmount = useProductMetricSeries(METRIC.transferAmount, windows);
  const national = useProductMetricSeries(METRIC.national, windows);
  const provincial = useProductMetricSeries(METRIC.provincial, windows);
  const municipal = useProductMetricSeries(METRIC.municipal, windows);
  const securitization = useProductMetricSeries(METRIC.securitization, windows);
  const all = [policies, insured, assignments, licenses, transferAmount, national, provincial, municipal, securitization];
  const failed = all.flat().find((q) => q.isError);
  const years = PLAN_PERIOD.years.map(String);
  const totalCount = (...lists: Series[]) => String(lists.flatMap((s) => known(valuesOf(s))).reduce((sum, v) => sum + Number(v), 0));
  const totalWan = (s: Series) => toWanYuan(sumMoney(known(valuesOf(s))), 2, { grouping: true });
  const wanUnit = t('overview.wan');

  return (
    <>
      <PageHeader
        title={t('products.overview.title')}
        description={t('products.overview.description')}
        extra={<Select allowClear aria-label={t('products.common.district')} placeholder={t('overview.wholeRegion')} style={{ width: 160 }} options={districts} value={district} onChange={setDistrict} />}
      />
      {failed?.error ? <Alert type="error" showIcon title={failed.error.message} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ProductCard
            title={t('products.overview.insurance')}
            total={`${totalCount(policies)} · ${totalWan(insured)} ${wanUnit}`}
            chart={
              <BarChart
                ariaLabel={t('products.overview.insurance')}
                categories={years}
                series={[
                  { name: t('products.overview.insuranceContracts'), data: valuesOf(policies).map(count) },
                  { name: t('products.overview.insuredSum'), data: valuesOf(insured).map(wan) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} lg={12}>
          <ProductCard
            title={t('products.overview.transfers')}
            total={`${totalCount(assignments, licenses)} · ${totalWan(transferAmount)} ${wanUnit}`}
            chart={
              <BarChart
                ariaLabel={t('products.overview.transfers')}
                categories={years}
                series={[
                  { name: t('products.overview.assignments'), data: valuesOf(assignments).map(count) },
                  { name: t('products.overview.licenses'), data: valuesOf(licenses).map(count) },
                  { name: t('products.overview.transferAmount'), data: valuesOf(transferAmount).map(wan) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} lg={12}>
          <ProductCard
            title={t('products.overview.awards')}
            total={totalCount(national, provincial, municipal)}
            chart={
              <BarChart
                ariaLabel={t('products.overview.awards')}
                categories={years}
                series={[
                  { name: t('products.vocab.awardLevel.national'), data: valuesOf(national).map(count) },
                  { name: t('products.vocab.awardLevel.provincial'), data: valuesOf(provincial).map(count) },
                  { name: t('products.vocab.awardLevel.municipal'), data: valuesOf(municipal).map(count) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} lg={12}>
          <ProductCard
            title={t('products.overview.securitization')}
            total={`${totalWan(securitization)} ${wanUnit}`}
            chart={<BarChart ariaLabel={t('products.overview.securitization')} categories={years} unit={wanUnit} series={[{ name: t('products.overview.securitization'), data: valuesOf(securitization).map(wan) }]} />}
          />
        </Col>
      </Row>
    </>
  );
}
