import { useEffect, useRef } from 'react';
import { LineChart as ELineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([ELineChart, GridComponent, SVGRenderer]);

export interface SparklineProps {
  /** The figures in order (years); null leaves a gap. */
  data: (number | null)[];
  /** What the trend shows, for screen readers ("2020–2025 走势"). */
  ariaLabel: string;
  width?: number | string;
  height?: number;
  color?: string;
}

/**
 * A small trend line without axes, for a card: the shape of a figure over the years, the exact
 * numbers being on the card and in the full chart.
 */
export function Sparkline({ data, ariaLabel, width = '100%', height = 40, color = '#1677ff' }: SparklineProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        grid: { left: 2, right: 2, top: 4, bottom: 4 },
        xAxis: { type: 'category', show: false, data: data.map((_, i) => String(i)), boundaryGap: false },
        yAxis: { type: 'value', show: false, scale: true },
        series: [{ type: 'line', data, showSymbol: false, connectNulls: false, lineStyle: { color, width: 2 }, areaStyle: { color, opacity: 0.12 } }],
        animation: false,
      },
      { notMerge: true },
    );
  }, [data, color]);

  return <div ref={ref} role="img" aria-label={ariaLabel} data-chart="sparkline" data-points={data.length} style={{ width, height }} />;
}
