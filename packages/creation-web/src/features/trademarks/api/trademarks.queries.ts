import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TTrademarkListQuery } from '@ipbureau/domain/creation';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { trademarksApi } from './trademarks.api';

export const trademarkKeys = {
  all: ['creation', 'trademarks'] as const,
  lists: () => [...trademarkKeys.all, 'list'] as const,
  list: (params: TTrademarkListQuery) => [...trademarkKeys.lists(), params] as const,
  detail: (id: string) => [...trademarkKeys.all, 'detail', id] as const,
};

export const trademarkQueries = {
  list: (client: ApiClient, params: TTrademarkListQuery) =>
    queryOptions({ queryKey: trademarkKeys.list(params), queryFn: ({ signal }) => trademarksApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: trademarkKeys.detail(id), queryFn: ({ signal }) => trademarksApi.get(client, id, signal) }),
};

export function useTrademarks(params: TTrademarkListQuery) {
  return useQuery(trademarkQueries.list(useApiClient(), params));
}

export function useTrademark(id: string) {
  return useQuery(trademarkQueries.detail(useApiClient(), id));
}
