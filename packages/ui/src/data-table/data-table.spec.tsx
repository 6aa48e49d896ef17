import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable } from './data-table';

interface Agency {
  id: string;
  name: string;
}

const columns = [{ title: '代理机构', dataIndex: 'name', key: 'name' }];
const rows: Agency[] = [
  { id: 'a', name: '汕头市专利事务所' },
  { id: 'b', name: '潮汕知识产权代理' },
];

describe('DataTable', () => {
  it('draws the rows of the page it is given and the server total', () => {
    render(<DataTable columns={columns} rows={rows} rowKey="id" page={1} pageSize={2} total={42} onChange={() => undefined} />);

    expect(screen.getByText('汕头市专利事务所')).toBeTruthy();
    expect(screen.getByText('共 42 条')).toBeTruthy();
    // 42 rows at 2 a page: the pager offers page 21 even though only two rows are here.
    expect(screen.getByTitle('21')).toBeTruthy();
  });

  it('asks the caller for another page instead of slicing locally', () => {
    const onChange = vi.fn();
    render(<DataTable columns={columns} rows={rows} rowKey="id" page={1} pageSize={2} total={42} onChange={onChange} />);

    fireEvent.click(within(screen.getByTitle('2')).getByText('2'));

    expect(onChange).toHaveBeenCalledWith(2, 2);
  });

  it('shows the empty state when the page has no rows', () => {
    render(<DataTable columns={columns} rows={[]} rowKey="id" page={1} pageSize={20} total={0} onChange={() => undefined} />);
    expect(screen.getAllByText('暂无数据').length).toBeGreaterThan(0);
  });

  it('opens a row to show what the caller renders for it', () => {
    render(
      <DataTable
        columns={columns}
        rows={rows}
        rowKey="id"
        page={1}
        pageSize={2}
        total={2}
        onChange={() => undefined}
        expandable={{ expandedRowRender: (row) => <p>详情：{row.id}</p> }}
      />,
    );
    expect(screen.queryByText('详情：b')).toBeNull();

    const expandButtons = screen.getAllByRole('button', { name: /展开行|Expand row/ });
    fireEvent.click(expandButtons[1]!);

    expect(screen.getByText('详情：b')).toBeTruthy();
    expect(screen.queryByText('详情：a')).toBeNull();
  });
});
