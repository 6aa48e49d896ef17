import { useState } from 'react';

export interface TablePaging {
  page: number;
  pageSize: number;
  onChange: (page: number, pageSize: number) => void;
}

export interface Paging<TFilters extends object> {
  /** What the list query sends: the filters plus the page. */
  params: TFilters & { page: number; pageSize: number };
  filters: TFilters;
  /** New filters start again at page 1; page 4 of the old results means nothing for the new. */
  setFilters: (filters: TFilters) => void;
  table: TablePaging;
}

/** The page and filters of a server-paged list. */
export function usePaging<TFilters extends object>(initialFilters: TFilters, initialPageSize = 20): Paging<TFilters> {
  const [state, setState] = useState({ page: 1, pageSize: initialPageSize, filters: initialFilters });
  return {
    params: { ...state.filters, page: state.page, pageSize: state.pageSize },
    filters: state.filters,
    setFilters: (filters) => setState((current) => ({ ...current, page: 1, filters })),
    table: {
      page: state.page,
      pageSize: state.pageSize,
      // A new page size changes what "page n" holds; go back to the first.
      onChange: (page, pageSize) => setState((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize })),
    },
  };
}
