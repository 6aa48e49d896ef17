export { CategoryChart } from './category-chart';
export type { CategoryChartProps, ChartSeries } from './category-chart';
