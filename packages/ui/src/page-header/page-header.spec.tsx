import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PageHeader } from './page-header';

describe('PageHeader', () => {
  it('shows the title as a heading, the description and the actions', () => {
    render(<PageHeader title="专利列表" description="本市有效发明专利" extra={<button>新增</button>} />);

    expect(screen.getByRole('heading', { name: '专利列表' })).toBeTruthy();
    expect(screen.getByText('本市有效发明专利')).toBeTruthy();
    expect(screen.getByRole('button', { name: '新增' })).toBeTruthy();
  });

  it('leaves out the description when there is none', () => {
    const { container } = render(<PageHeader title="专利列表" />);
    expect(container.querySelector('.ant-typography-secondary')).toBeNull();
  });
});
