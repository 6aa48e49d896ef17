import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { StatCard } from './stat-card';

describe('StatCard', () => {
  it('shows the number with its unit', () => {
    const { container } = render(<StatCard title="有效发明专利" value={4012} unit="件" />);
    expect(screen.getByText('有效发明专利')).toBeTruthy();
    expect(container.textContent).toContain('4,012');
    expect(screen.getByText('件')).toBeTruthy();
  });

  it('colours a rise green by default and an unfavourable rise red', () => {
    render(
      <>
        <StatCard title="质押融资" value="812000000.00" trend={{ direction: 'up', text: '同比 +8%' }} />
        <StatCard title="假冒专利案件" value={120} trend={{ direction: 'up', text: '同比 +5%', favourable: false }} />
      </>,
    );
    expect(screen.getByText('同比 +8%').closest('.ant-typography')?.className).toMatch(/success/);
    expect(screen.getByText('同比 +5%').closest('.ant-typography')?.className).toMatch(/danger/);
  });

  it('keeps a decimal string exact', () => {
    const { container } = render(<StatCard title="保险金额" value="65000000.10" unit="元" />);
    expect(container.textContent).toContain('65,000,000.10');
  });
});
