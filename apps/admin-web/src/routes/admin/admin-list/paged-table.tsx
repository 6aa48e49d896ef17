import type { UseQueryResult } from '@tanstack/react-query';
import type { TPage } from '@ipbureau/domain';
import { DataTable, type DataTableProps } from '@ipbureau/ui';
import { QueryError } from './query-error';
import type { TablePaging } from './use-paging';

export interface PagedTableProps<T extends object> extends Omit<DataTableProps<T>, 'rows' | 'total' | 'loading' | keyof TablePaging> {
  query: UseQueryResult<TPage<T>>;
  paging: TablePaging;
}

/** A server-paged list query drawn as a table: loading, empty and failed states included. */
export function PagedTable<T extends object>({ query, paging, ...table }: PagedTableProps<T>) {
  return (
    <>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      <DataTable<T> {...table} {...paging} rows={query.data?.items ?? []} total={query.data?.total ?? 0} loading={query.isFetching} />
    </>
  );
}
