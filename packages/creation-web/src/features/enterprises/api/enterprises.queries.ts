import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TEnterpriseListQuery } from '@ipbureau/domain/creation';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { enterprisesApi } from './enterprises.api';

export const enterpriseKeys = {
  all: ['creation', 'enterprises'] as const,
  lists: () => [...enterpriseKeys.all, 'list'] as const,
  list: (params: TEnterpriseListQuery) => [...enterpriseKeys.lists(), params] as const,
  detail: (id: string) => [...enterpriseKeys.all, 'detail', id] as const,
};

export const enterpriseQueries = {
  list: (client: ApiClient, params: TEnterpriseListQuery) =>
    queryOptions({ queryKey: enterpriseKeys.list(params), queryFn: ({ signal }) => enterprisesApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: enterpriseKeys.detail(id), queryFn: ({ signal }) => enterprisesApi.get(client, id, signal) }),
};

export function useEnterprises(params: TEnterpriseListQuery) {
  return useQuery(enterpriseQueries.list(useApiClient(), params));
}

export function useEnterprise(id: string) {
  return useQuery(enterpriseQueries.detail(useApiClient(), id));
}
