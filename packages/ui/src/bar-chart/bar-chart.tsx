import { CategoryChart, type CategoryChartProps } from '../category-chart';

export type BarChartProps = CategoryChartProps;

/** Compares amounts side by side: districts against each other, target against actual. */
export function BarChart(props: BarChartProps) {
  return <CategoryChart kind="bar" {...props} />;
}
