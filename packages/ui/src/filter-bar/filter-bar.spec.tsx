import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { FilterBar } from './filter-bar';

interface Filters {
  name?: string;
}

function renderBar(onSearch: (values: Filters) => void) {
  render(
    <FilterBar<Filters> onSearch={onSearch} initialValues={{ name: '汕头' }}>
      <Form.Item name="name" label="名称">
        <Input />
      </Form.Item>
    </FilterBar>,
  );
}

describe('FilterBar', () => {
  it('hands over the values the user entered when asked to search', async () => {
    const onSearch = vi.fn();
    renderBar(onSearch);

    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '潮阳' } });
    expect(onSearch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText(/查\s*询/));

    await waitFor(() => expect(onSearch).toHaveBeenCalledWith({ name: '潮阳' }));
  });

  it('puts the initial values back on reset and searches with them', () => {
    const onSearch = vi.fn();
    renderBar(onSearch);

    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '潮阳' } });
    fireEvent.click(screen.getByText(/重\s*置/));

    expect(onSearch).toHaveBeenCalledWith({ name: '汕头' });
    expect((screen.getByLabelText('名称') as HTMLInputElement).value).toBe('汕头');
  });
});
