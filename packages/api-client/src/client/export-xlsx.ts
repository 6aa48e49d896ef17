import type { ApiClient, QueryValue } from './api-client';

/**
 * A list's rows for the given filter, every page of it, as an XLSX file: the same list endpoint
 * with `format=xlsx` (the service applies the caller's scope and access rule as for the page).
 */
export function exportXlsx(client: ApiClient, path: string, filter: Record<string, QueryValue> = {}): Promise<Blob> {
  const query: Record<string, QueryValue> = { ...filter, format: 'xlsx' };
  delete query.page;
  delete query.pageSize;
  return client.get<Blob>(path, { query, responseType: 'blob' });
}
