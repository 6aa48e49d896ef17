export { DataTable } from './data-table';
export type { DataTableProps } from './data-table';
