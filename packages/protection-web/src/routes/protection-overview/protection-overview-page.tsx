import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, Col, InputNumber, Row, Space } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import { CASE_KIND_LABELS } from '@ipbureau/domain/protection';
import { BarChart, LineChart, PageHeader, StatCard } from '@ipbureau/ui';
import { useCaseSummary } from '../../api/cases.queries';
import { useLabels } from '../../labels';

/** The pillar's home: a year's cases by kind and by month, open cases and fines, over the caller's scope. */
export function ProtectionOverviewPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [year, setYear] = useState(Number(todayInChina().slice(0, 4)));
  const summary = useCaseSummary(year);
  const s = summary.data;
  const total = (pick: 'registered' | 'closed') => s?.byMonth.reduce((sum, m) => sum + m[pick], 0) ?? 0;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        extra={
          <Space>
            <InputNumber aria-label={t('overview.year')} min={2000} max={2100} value={year} onChange={(value) => value && setYear(value)} />
            <Link to="cases">{t('nav.cases')}</Link>
            <Link to="cases/new">{t('nav.register')}</Link>
            <Link to="credit/blacklist">{t('nav.blacklist')}</Link>
            <Link to="key-enterprises">{t('nav.keyEnterprises')}</Link>
            <Link to="adjudication">{t('nav.adjudication')}</Link>
            <Link to="reports">{t('report.title')}</Link>
            <Link to="exhibitions">{t('exhibition.title')}</Link>
            <Link to="ecommerce">{t('ecommerce.title')}</Link>
            <Link to="rapid-protection">{t('rapid.nav')}</Link>
            <Link to="workstations">{t('workstations.nav')}</Link>
            <Link to="overseas">{t('overseas.nav')}</Link>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <StatCard title={t('overview.registered')} value={total('registered')} loading={summary.isPending} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('overview.closed')} value={total('closed')} loading={summary.isPending} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('overview.open')} value={s?.open ?? 0} loading={summary.isPending} />
        </Col>
        <Col xs={12} md={6}>
          <StatCard title={t('overview.fines')} value={s ? l.yuan(s.finesAndConfiscations) : '—'} loading={summary.isPending} />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.byKind')}>
            <BarChart
              ariaLabel={t('overview.byKind')}
              categories={s?.byKind.map((k) => l.label(CASE_KIND_LABELS, k.kind)) ?? []}
              series={[{ name: t('overview.registered'), data: s?.byKind.map((k) => k.registered) ?? [] }]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.byMonth')}>
            <LineChart
              ariaLabel={t('overview.byMonth')}
              categories={s?.byMonth.map((m) => m.month) ?? []}
              series={[
                { name: t('overview.registered'), data: s?.byMonth.map((m) => m.registered) ?? [] },
                { name: t('overview.closed'), data: s?.byMonth.map((m) => m.closed) ?? [] },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('overview.handlingTime')}>
            <BarChart
              ariaLabel={t('overview.handlingTime')}
              categories={s?.handlingTime.map((h) => `${l.label(CASE_KIND_LABELS, h.kind)}（${h.closed}）`) ?? []}
              series={[
                { name: t('overview.averageDays'), data: s?.handlingTime.map((h) => Number(h.averageDays ?? 0)) ?? [] },
                { name: t('overview.p90Days'), data: s?.handlingTime.map((h) => Number(h.p90Days ?? 0)) ?? [] },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
