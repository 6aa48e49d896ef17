import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { BarChart, PageHeader, StatCard } from '@ipbureau/ui';
import { useCreationMetric, useCreationMetricSeries } from '../../features/metrics/metrics.queries';
import { useRegionDistricts } from '../../features/labels';

/** The plan's creation indicators today, and valid invention patents district by district. */
export function CreationOverview() {
  const { t } = useTranslation('creation');
  const asOf = todayInChina();
  const districts = useRegionDistricts();
  const validInvention = useCreationMetric('patents.valid_invention', { asOf });
  const granted = useCreationMetric('patents.granted', { asOf });
  const validTrademarks = useCreationMetric('trademarks.valid', { asOf });
  const byDistrict = useCreationMetricSeries(
    'patents.valid_invention',
    districts.map((d) => ({ asOf, district: d.value })),
  );
  const thisYear = Number(asOf.slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - 4 + i));
  const yearWindows = years.map((year) => ({ from: `${year}-01-01`, to: `${year}-12-31` }));
  const grantsByYear = useCreationMetricSeries('patents.granted_in_period', yearWindows);
  const inventionGrantsByYear = useCreationMetricSeries('patents.granted_invention_in_period', yearWindows);
  const values = (results: { data?: { value: string } | undefined }[]) => results.map((q) => (q.data ? Number(q.data.value) : null));
  const unit = t('overview.unit');

  return (
    <>
      <PageHeader title={t('overview.title')} description={`${t('overview.description')} ${t('overview.asOf', { date: asOf })}`} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <StatCard title={t('overview.validInvention')} value={validInvention.data?.value ?? '—'} unit={unit} loading={validInvention.isPending} />
        </Col>
        <Col xs={24} md={8}>
          <StatCard title={t('overview.granted')} value={granted.data?.value ?? '—'} unit={unit} loading={granted.isPending} />
        </Col>
        <Col xs={24} md={8}>
          <StatCard title={t('overview.validTrademarks')} value={validTrademarks.data?.value ?? '—'} unit={unit} loading={validTrademarks.isPending} />
        </Col>
        <Col span={24}>
          <BarChart
            ariaLabel={t('overview.byDistrict')}
            categories={districts.map((d) => d.label)}
            series={[{ name: t('overview.validInvention'), data: values(byDistrict) }]}
            unit={unit}
          />
        </Col>
        <Col span={24}>
          <BarChart
            ariaLabel={t('overview.grantsByYear')}
            categories={years}
            series={[
              { name: t('overview.allGrants'), data: values(grantsByYear) },
              { name: t('overview.inventionGrants'), data: values(inventionGrantsByYear) },
            ]}
            unit={unit}
          />
        </Col>
      </Row>
    </>
  );
}
