import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TClawbackListQuery, TSubsidyListQuery } from '@ipbureau/domain/creation';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { subsidiesApi } from './subsidies.api';

export const subsidyKeys = {
  all: ['creation', 'subsidies'] as const,
  lists: () => [...subsidyKeys.all, 'list'] as const,
  list: (params: TSubsidyListQuery) => [...subsidyKeys.lists(), params] as const,
  detail: (id: string) => [...subsidyKeys.all, 'detail', id] as const,
  clawbacks: (params: TClawbackListQuery) => [...subsidyKeys.all, 'clawbacks', params] as const,
};

export const subsidyQueries = {
  list: (client: ApiClient, params: TSubsidyListQuery) =>
    queryOptions({ queryKey: subsidyKeys.list(params), queryFn: ({ signal }) => subsidiesApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: subsidyKeys.detail(id), queryFn: ({ signal }) => subsidiesApi.get(client, id, signal) }),
};

export function useSubsidies(params: TSubsidyListQuery) {
  return useQuery(subsidyQueries.list(useApiClient(), params));
}

export function useSubsidy(id: string) {
  return useQuery(subsidyQueries.detail(useApiClient(), id));
}

export function useClawbacks(params: TClawbackListQuery) {
  const client = useApiClient();
  return useQuery({ queryKey: subsidyKeys.clawbacks(params), queryFn: ({ signal }) => subsidiesApi.clawbacks(client, params, signal), placeholderData: keepPreviousData });
}
