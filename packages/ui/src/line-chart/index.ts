export { LineChart } from './line-chart';
export type { LineChartProps } from './line-chart';
