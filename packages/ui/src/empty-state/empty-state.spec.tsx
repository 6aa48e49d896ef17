import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { EmptyState } from './empty-state';

describe('EmptyState', () => {
  it('says there is no data when given nothing else to say', () => {
    render(<EmptyState />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
  });

  it('shows its own title, description and action', () => {
    render(<EmptyState title="尚无质押登记" description="银行登记后将显示在此" action={<button>登记质押</button>} />);
    expect(screen.getByText('尚无质押登记')).toBeTruthy();
    expect(screen.queryByText('暂无数据')).toBeNull();
    expect(screen.getByText('银行登记后将显示在此')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登记质押' })).toBeTruthy();
  });
});
