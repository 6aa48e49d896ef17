export { BarChart } from './bar-chart';
export type { BarChartProps } from './bar-chart';
