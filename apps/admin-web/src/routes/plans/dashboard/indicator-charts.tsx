import { useMemo } from 'react';
import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TIndicatorProgress } from '@ipbureau/domain/plans';
import { LineChart } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { indicatorLines } from '../plan-format';

/** One indicator year by year against its target line and the straight expected path. */
export function IndicatorChart({ progress, startYear, endYear, height = 260 }: { progress: TIndicatorProgress; startYear: number; endYear: number; height?: number }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const flow = progress.indicator.semantics === 'flow';
  // The same arrays while the figures are the same, so a re-render of the page does not redraw
  // every chart (echarts redraws on each new series array).
  const { categories, series } = useMemo(() => {
    const lines = indicatorLines(progress, startYear, endYear);
    return {
      categories: lines.years.map(String),
      series: [
        { name: flow ? `${t('plans.chart.actual')}（${t('plans.chart.flowNote')}）` : t('plans.chart.actual'), data: lines.actual },
        { name: t('plans.chart.target'), data: lines.target, dashed: true },
        { name: t('plans.chart.expected'), data: lines.expected, dashed: true },
      ],
    };
  }, [progress, startYear, endYear, flow, t]);
  return <LineChart ariaLabel={progress.indicator.name[locale]} height={height} unit={progress.indicator.unit[locale]} categories={categories} series={series} />;
}

export function IndicatorCharts({ indicators, startYear, endYear }: { indicators: TIndicatorProgress[]; startYear: number; endYear: number }) {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Row gutter={[16, 16]}>
      {indicators.map((progress) => (
        <Col key={progress.indicator.id} xs={24} xl={12}>
          <Card size="small" title={progress.indicator.name[locale]}>
            <IndicatorChart progress={progress} startYear={startYear} endYear={endYear} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
