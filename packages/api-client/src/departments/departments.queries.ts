import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client/api-client';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { departmentsApi } from './departments.api';

export const departmentsQueries = {
  tree: (client: ApiClient) =>
    queryOptions({
      queryKey: queryKeys.departments.tree(),
      queryFn: ({ signal }) => departmentsApi.tree(client, signal),
      // Departments change a few times a year; pickers on many screens share one fetch.
      staleTime: 5 * 60_000,
    }),
};

/** The department tree of the user's region, for pickers and the departments screen. */
export function useDepartmentTree() {
  return useQuery(departmentsQueries.tree(useApiClient()));
}
