import { Table, type TableColumnsType, type TableProps } from 'antd';
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
  /** Rows that open to show more (an audit entry's before and after). */
  expandable?: TableProps<T>['expandable'];
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
  expandable,
}: DataTableProps<T>) {
  const text = useUiText();
  const renderExpanded = expandable?.expandedRowRender;
  return (
    <Table<T>
      columns={columns}
      dataSource={rows}
      rowKey={rowKey}
      loading={loading}
      expandable={
        renderExpanded
          ? {
              ...expandable,
              // Inline-size containment: an opened row takes the table's width and never widens it
              // (the table sizes to its content for horizontal scrolling).
              expandedRowRender: (row, index, indent, expanded) => <div style={{ contain: 'inline-size' }}>{renderExpanded(row, index, indent, expanded)}</div>,
            }
          : expandable
      }
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
