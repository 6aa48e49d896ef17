import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { withLaidOutCharts } from '../category-chart/chart-test-size';
import { Sparkline } from './sparkline';

withLaidOutCharts(160, 40);

describe('Sparkline', () => {
  it('draws one line through the points, named for screen readers', () => {
    render(<Sparkline ariaLabel="有效发明专利量走势" data={[2949, 3300, 3650]} />);
    const chart = screen.getByRole('img', { name: '有效发明专利量走势' });
    expect(chart.dataset.points).toBe('3');
    expect(chart.querySelectorAll('path').length).toBeGreaterThan(0);
  });
});
