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
  const highValue = useCreationMetric('patents.high_value_invention', { asOf });
  const certified = useCreationMetric('certifications.entities_certified', { asOf });
  const highValueByDistrict = useCreationMetricSeries(
    'patents.high_value_invention',
    districts.map((d) => ({ asOf, district: d.value })),
  );
  const byDistrict = useCreationMetricSeries(
    'patents.valid_invention',
    districts.map((d) => ({ asOf, district: d.value })),
  );
  const thisYear = Number(asOf.slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - 4 + i));
  const yearWindows = years.map((year) => ({ from: `${year}-01-01`, to: `${year}-12-31` }));
  const grantsByYear = useCreationMetricSeries('patents.granted_in_period', yearWindows);
  const inventionGrantsByYear = useCreationMetricSeries('patents.granted_invention_in_period', yearWindows);
  const nationalProvincialByYear = useCreationMetricSeries('enterprises.national_provincial_new_in_period', yearWindows);
  const municipalByYear = useCreationMetricSeries('enterprises.municipal_cultivation_new_in_period', yearWindows);
  const entities = t('overview.entitiesUnit');
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
        <Col xs={24} md={12}>
          <StatCard title={t('overview.highValue')} value={highValue.data?.value ?? '—'} unit={unit} loading={highValue.isPending} />
        </Col>
        <Col xs={24} md={12}>
          <StatCard title={t('overview.certified')} value={certified.data?.value ?? '—'} unit={entities} loading={certified.isPending} />
        </Col>
        <Col span={24}>
          <BarChart
            ariaLabel={t('overview.byDistrict')}
            categories={districts.map((d) => d.label)}
            series={[
              { name: t('overview.validInvention'), data: values(byDistrict) },
              { name: t('overview.highValue'), data: values(highValueByDistrict) },
            ]}
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
        <Col span={24}>
          <BarChart
            ariaLabel={t('overview.enterprisesByYear')}
            categories={years}
            series={[
              { name: t('overview.nationalProvincialNew'), data: values(nationalProvincialByYear) },
              { name: t('overview.municipalNew'), data: values(municipalByYear) },
            ]}
            unit={entities}
          />
        </Col>
      </Row>
    </>
  );
}
