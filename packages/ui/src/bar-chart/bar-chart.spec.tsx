import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { withLaidOutCharts } from '../category-chart/chart-test-size';
import { BarChart } from './bar-chart';

withLaidOutCharts();

describe('BarChart', () => {
  it('draws bars labelled by category', () => {
    render(<BarChart ariaLabel="各区县有效发明专利" categories={['龙湖区', '南澳县']} series={[{ name: '有效发明专利', data: [3, 1] }]} unit="件" />);
    const chart = screen.getByRole('img', { name: '各区县有效发明专利' });
    expect(chart.dataset.chart).toBe('bar');
    expect(chart.textContent).toContain('南澳县');
  });
});
