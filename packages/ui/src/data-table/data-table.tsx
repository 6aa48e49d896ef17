import { Table, type TableColumnsType } from 'antd';
import { EmptyState } from '../empty-state';
import { useUiText } from '../locale';

export interface DataTableProps<T extends object> {
  columns: TableColumnsType<T>;
  rows: readonly T[];
  rowKey: (keyof T & string) | ((row: T) => string);
  loading?: boolean;
  /** The server pages; the table only draws the page it is given (1-based). */
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
  pageSizeOptions?: number[];
}

export function DataTable<T extends object>({
  columns,
  rows,
  rowKey,
  loading = false,
  page,
  pageSize,
  total,
  onChange,
  pageSizeOptions = [10, 20, 50, 100],
}: DataTableProps<T>) {
  const text = useUiText();
  return (
    <Table<T>
      columns={columns}
      dataSource={rows}
      rowKey={rowKey}
      loading={loading}
      locale={{ emptyText: <EmptyState /> }}
      pagination={{
        current: page,
        pageSize,
        total,
        onChange,
        pageSizeOptions,
        showSizeChanger: true,
        showTotal: text.total,
      }}
      scroll={{ x: 'max-content' }}
    />
  );
}
