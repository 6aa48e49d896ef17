import { useState } from 'react';
import type { ListParams } from '../api/public-services.api';

/** Server paging plus the filters of one list; a new filter goes back to page 1. */
export function usePagedFilters<TFilters extends ListParams>(initial: TFilters, pageSize = 20) {
  const [filters, setFilters] = useState<TFilters>(initial);
  const [page, setPage] = useState({ page: 1, pageSize });
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '' && v !== undefined && v !== null));
  return {
    params: { ...clean, ...page } as ListParams,
    page: page.page,
    pageSize: page.pageSize,
    search: (values: TFilters) => {
      setFilters(values);
      setPage((p) => ({ ...p, page: 1 }));
    },
    onChange: (next: number, size: number) => setPage({ page: next, pageSize: size }),
  };
}
