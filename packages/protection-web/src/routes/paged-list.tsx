import { useState, type Dispatch, type SetStateAction } from 'react';
import type { TableColumnsType } from 'antd';
import { exportXlsx, servicePath, useApiClient, type QueryValue } from '@ipbureau/api-client';
import { DataTable, ExportButton } from '@ipbureau/ui';

type Paging = { page?: number; pageSize?: number };

/**
 * A list page's query: filters and paging, starting on the first page of 20. `filter` merges a
 * changed filter and goes back to page 1, the way every list of this pillar narrows.
 */
export function useListParams<P extends Paging>() {
  const [params, setParams] = useState<P>({ page: 1, pageSize: 20 } as P);
  const filter = (changes: Partial<P>) => setParams((current) => ({ ...current, ...changes, page: 1 }));
  return { params, setParams, filter };
}

/** One page of a list query's rows, paged through the list's params. */
export function PagedTable<R extends { id: string }, P extends Paging>(props: {
  columns: TableColumnsType<R>;
  query: { data?: { items: R[]; total: number }; isFetching: boolean };
  params: P;
  setParams: Dispatch<SetStateAction<P>>;
}) {
  const { query, params, setParams } = props;
  return (
    <DataTable<R>
      columns={props.columns}
      rows={query.data?.items ?? []}
      rowKey="id"
      loading={query.isFetching}
      page={params.page ?? 1}
      pageSize={params.pageSize ?? 20}
      total={query.data?.total ?? 0}
      onChange={(page, pageSize) => setParams((current) => ({ ...current, page, pageSize }))}
    />
  );
}

/** The list's Excel export with the filters shown (the page itself is dropped by exportXlsx). */
export function ListExportButton(props: { fileName: string; path: string; params?: object }) {
  const client = useApiClient();
  return <ExportButton fileName={props.fileName} download={() => exportXlsx(client, servicePath('protection', props.path), { ...(props.params as Record<string, QueryValue>) })} />;
}
