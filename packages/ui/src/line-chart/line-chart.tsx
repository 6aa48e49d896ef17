import { CategoryChart, type CategoryChartProps } from '../category-chart';

export type LineChartProps = CategoryChartProps;

/** Shows how a figure moves over time, e.g. an indicator year by year against its target line. */
export function LineChart(props: LineChartProps) {
  return <CategoryChart kind="line" {...props} />;
}
