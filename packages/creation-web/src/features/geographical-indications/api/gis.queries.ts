import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TGiListQuery } from '@ipbureau/domain/creation';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { gisApi } from './gis.api';

export const giKeys = {
  all: ['creation', 'geographical-indications'] as const,
  lists: () => [...giKeys.all, 'list'] as const,
  list: (params: TGiListQuery) => [...giKeys.lists(), params] as const,
  detail: (id: string) => [...giKeys.all, 'detail', id] as const,
};

export const giQueries = {
  list: (client: ApiClient, params: TGiListQuery) => queryOptions({ queryKey: giKeys.list(params), queryFn: ({ signal }) => gisApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: giKeys.detail(id), queryFn: ({ signal }) => gisApi.get(client, id, signal) }),
};

export function useGis(params: TGiListQuery) {
  return useQuery(giQueries.list(useApiClient(), params));
}

export function useGi(id: string) {
  return useQuery(giQueries.detail(useApiClient(), id));
}
