import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { getInstanceByDom } from 'echarts/core';
import { CategoryChart } from './category-chart';
import { withLaidOutCharts } from './chart-test-size';

withLaidOutCharts();

const props = { categories: ['2021', '2022', '2023'], series: [{ name: '授权量', data: [1, 2, null] }], ariaLabel: '专利授权量' };

describe('CategoryChart', () => {
  it('draws into an SVG inside a labelled image region', () => {
    const { getByRole } = render(<CategoryChart kind="bar" {...props} />);
    const region = getByRole('img', { name: '专利授权量' });
    expect(region.querySelector('svg')).not.toBeNull();
    expect(region.textContent).toContain('2022');
  });

  it('redraws when the data changes', () => {
    const { getByRole, rerender } = render(<CategoryChart kind="line" {...props} />);
    rerender(<CategoryChart kind="line" {...props} categories={['龙湖区', '金平区', '澄海区']} />);
    expect(getByRole('img').textContent).toContain('金平区');
    expect(getByRole('img').textContent).not.toContain('2022');
  });

  it('disposes its echarts instance on unmount', () => {
    const { getByRole, unmount } = render(<CategoryChart kind="bar" {...props} />);
    const element = getByRole('img');
    expect(getInstanceByDom(element)).toBeDefined();

    unmount();

    expect(getInstanceByDom(element)).toBeUndefined();
  });
});
