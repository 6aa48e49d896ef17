import { Alert, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { todayInChina } from '@ipbureau/domain';
import { PUBLIC_SERVICES_METRICS } from '@ipbureau/domain/public-services';
import { BarChart, HealthTag, LineChart, StatCard } from '@ipbureau/ui';
import { useMetric, useMetricSeries } from '../../api/public-services.api';
import { PillarScreen } from '../../shared/pillar-nav';

/** The plan's first year, from which the agent series runs. */
const FIRST_YEAR = 2021;

const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** 公共服务概览: the pillar's headline figures and two charts, all from its metric catalogue. */
export function OverviewPage() {
  const { t } = useTranslation('public-services');
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  const health = useServiceHealth('public-services');
  const agents = useMetric(PUBLIC_SERVICES_METRICS.agentsPractising, { asOf: today });
  const agencies = useMetric(PUBLIC_SERVICES_METRICS.agenciesActive, { asOf: today });
  const violations = useMetric(PUBLIC_SERVICES_METRICS.violationsFound, { from: `${year}-01-01`, to: today });
  const trained = useMetric(PUBLIC_SERVICES_METRICS.peopleTrained, { from: `${year}-01-01`, to: today });
  const requests = useMetric(PUBLIC_SERVICES_METRICS.infoRequests, { from: `${year}-01-01`, to: today });
  const satisfaction = useMetric(PUBLIC_SERVICES_METRICS.infoSatisfaction, { from: `${year}-01-01`, to: today });
  const trusteeship = useMetric(PUBLIC_SERVICES_METRICS.trusteeshipInForce, { asOf: today });

  const years = Array.from({ length: Math.max(1, year - FIRST_YEAR + 1) }, (_, i) => FIRST_YEAR + i);
  const agentSeries = useMetricSeries(
    PUBLIC_SERVICES_METRICS.agentsPractising,
    years.map((y) => ({ asOf: y === year ? today : `${y}-12-31` })),
  );
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const sessions = useMetricSeries(
    PUBLIC_SERVICES_METRICS.trainingSessions,
    months.map((m) => ({ from: `${year}-${String(m).padStart(2, '0')}-01`, to: monthEnd(year, m) })),
  );
  const headline = [
    ['overview.agentsPractising', agents],
    ['overview.agenciesActive', agencies],
    ['overview.violationsThisYear', violations],
    ['overview.peopleTrainedThisYear', trained],
  ] as const;
  const services = [
    ['overview.infoRequestsThisYear', requests],
    ['overview.satisfactionThisYear', satisfaction],
    ['overview.trusteeshipInForce', trusteeship],
  ] as const;
  const failed = [...headline, ...services].some(([, q]) => q.isError);

  return (
    <PillarScreen title={t('title')} description={t('description')} extra={<HealthTag state={health} />}>
      {failed ? <Alert type="error" showIcon message={t('common.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        {headline.map(([title, query]) => (
          <Col key={title} xs={24} md={6}>
            <StatCard title={t(title)} value={query.data?.value ?? '—'} loading={query.isPending} />
          </Col>
        ))}
        {services.map(([title, query]) => (
          <Col key={title} xs={24} md={8}>
            <StatCard title={t(title)} value={query.data?.value ?? '—'} loading={query.isPending} />
          </Col>
        ))}
        <Col xs={24} lg={12}>
          <Card title={t('overview.agentsOverYears')}>
            <LineChart
              ariaLabel={t('overview.agentsOverYears')}
              categories={years.map(String)}
              series={[{ name: t('overview.agentsSeries'), data: agentSeries.map((q) => (q.data ? Number(q.data.value) : null)) }]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.trainingsPerMonth', { year })}>
            <BarChart
              ariaLabel={t('overview.trainingsPerMonth', { year })}
              categories={months.map(String)}
              series={[{ name: t('overview.sessionsSeries'), data: sessions.map((q) => (q.data ? Number(q.data.value) : null)) }]}
            />
          </Card>
        </Col>
      </Row>
    </PillarScreen>
  );
}
