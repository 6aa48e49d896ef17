import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TPatentListQuery } from '@ipbureau/domain/creation';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { patentsApi } from './patents.api';

/** Cache keys of the patent screens; `lists()` covers every page and filter. */
export const patentKeys = {
  all: ['creation', 'patents'] as const,
  lists: () => [...patentKeys.all, 'list'] as const,
  list: (params: TPatentListQuery) => [...patentKeys.lists(), params] as const,
  detail: (id: string) => [...patentKeys.all, 'detail', id] as const,
};

export const patentQueries = {
  list: (client: ApiClient, params: TPatentListQuery) =>
    queryOptions({ queryKey: patentKeys.list(params), queryFn: ({ signal }) => patentsApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: patentKeys.detail(id), queryFn: ({ signal }) => patentsApi.get(client, id, signal) }),
};

export function usePatents(params: TPatentListQuery) {
  return useQuery(patentQueries.list(useApiClient(), params));
}

export function usePatent(id: string) {
  return useQuery(patentQueries.detail(useApiClient(), id));
}
