import { useEffect, useRef } from 'react';
import { BarChart as EBarChart, LineChart as ELineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useUiLocale } from '../locale';

// Only what these charts draw is registered, so the bundle stays far smaller than full echarts.
// SVG rather than canvas: crisp when printed into reports, and it renders in jsdom tests.
echarts.use([EBarChart, ELineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  name: string;
  /** null leaves a gap (a year without data), which is not the same as zero. */
  data: (number | null)[];
  /** A reference line (target, expected path) rather than a measured figure: drawn dashed. */
  dashed?: boolean;
}

export interface CategoryChartProps {
  /** Labels along the x axis: years, districts. */
  categories: string[];
  series: ChartSeries[];
  unit?: string;
  height?: number;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  /** Bars run left to right with the categories down the side, for ranked lists (districts). */
  horizontal?: boolean;
}

function buildOption(kind: 'bar' | 'line', { categories, series, unit, horizontal = false }: Pick<CategoryChartProps, 'categories' | 'series' | 'unit' | 'horizontal'>): echarts.EChartsCoreOption {
  const categoryAxis = { type: 'category', data: categories, inverse: horizontal };
  const valueAxis = { type: 'value', name: unit };
  return {
    grid: { left: 16, right: 16, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (value == null ? '—' : `${String(value)}${unit ?? ''}`) },
    legend: { show: series.length > 1, top: 0 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      type: kind,
      name: s.name,
      data: s.data,
      connectNulls: false,
      ...(s.dashed ? { lineStyle: { type: 'dashed' }, symbol: 'none' } : {}),
    })),
  };
}

/** The shared body of BarChart and LineChart: one echarts instance per mounted div. */
export function CategoryChart({ kind, ...props }: CategoryChartProps & { kind: 'bar' | 'line' }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const locale = useUiLocale();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg', locale: locale === 'en' ? 'EN' : 'ZH' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      // Disposing frees the chart's listeners and DOM; without it every visit leaks an instance.
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  const { categories, series, unit, horizontal } = props;
  useEffect(() => {
    chart.current?.setOption(buildOption(kind, { categories, series, unit, horizontal }), { notMerge: true });
  }, [kind, categories, series, unit, horizontal, locale]);

  return <div ref={ref} role="img" aria-label={props.ariaLabel} data-chart={kind} style={{ width: '100%', height: props.height ?? 320 }} />;
}
