import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { withLaidOutCharts } from '../category-chart/chart-test-size';
import { LineChart } from './line-chart';

withLaidOutCharts();

describe('LineChart', () => {
  it('names each series in a legend when there is more than one', () => {
    render(
      <LineChart
        ariaLabel="万人发明专利拥有量"
        categories={['2021', '2022']}
        series={[
          { name: '实际值', data: [5.4, 5.9] },
          { name: '目标值', data: [5.6, 6.0] },
        ]}
      />,
    );
    const chart = screen.getByRole('img', { name: '万人发明专利拥有量' });
    expect(chart.dataset.chart).toBe('line');
    expect(chart.textContent).toContain('目标值');
  });
});

describe('LineChart reference lines', () => {
  it('draws a dashed series dashed and a measured one solid', () => {
    render(
      <LineChart
        ariaLabel="目标线"
        categories={['2024', '2025']}
        series={[
          { name: '实际值', data: [3, 4] },
          { name: '目标值', data: [5, 5], dashed: true },
        ]}
      />,
    );
    const chart = screen.getByRole('img', { name: '目标线' });
    const dashed = [...chart.querySelectorAll('path')].filter((p) => p.getAttribute('stroke-dasharray'));
    expect(dashed.length).toBeGreaterThan(0);
  });
});
