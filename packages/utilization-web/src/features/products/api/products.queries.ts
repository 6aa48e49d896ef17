import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { TProductMetricKey } from '@ipbureau/domain/utilization';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { productsApi, type TProductMetricQuery, type TProductResource, type TProductResources } from './products.api';

/** Cache keys of the product screens; `lists(resource)` covers every page and filter of one resource. */
export const productKeys = {
  all: (resource: TProductResource) => ['utilization', resource] as const,
  lists: (resource: TProductResource) => [...productKeys.all(resource), 'list'] as const,
  list: <R extends TProductResource>(resource: R, query: TProductResources[R]['query']) => [...productKeys.lists(resource), query] as const,
  detail: (resource: TProductResource, id: string) => [...productKeys.all(resource), 'detail', id] as const,
  /** The same prefix as the pledge screens' metrics: any write makes every figure stale. */
  metrics: () => ['utilization', 'metrics'] as const,
  metric: (key: TProductMetricKey, query: TProductMetricQuery) => [...productKeys.metrics(), key, query] as const,
};

export const productQueries = {
  list: <R extends TProductResource>(client: ApiClient, resource: R, query: TProductResources[R]['query']) =>
    queryOptions({ queryKey: productKeys.list(resource, query), queryFn: ({ signal }) => productsApi.list(client, resource, query, signal), placeholderData: keepPreviousData }),
  detail: <R extends TProductResource>(client: ApiClient, resource: R, id: string) =>
    queryOptions({ queryKey: productKeys.detail(resource, id), queryFn: ({ signal }) => productsApi.get(client, resource, id, signal) }),
  metric: (client: ApiClient, key: TProductMetricKey, query: TProductMetricQuery) =>
    queryOptions({ queryKey: productKeys.metric(key, query), queryFn: ({ signal }) => productsApi.metric(client, key, query, signal) }),
};

export function useProductList<R extends TProductResource>(resource: R, query: TProductResources[R]['query']) {
  return useQuery(productQueries.list(useApiClient(), resource, query));
}

export function useProduct<R extends TProductResource>(resource: R, id: string) {
  return useQuery(productQueries.detail(useApiClient(), resource, id));
}

/** One metric over several windows (a value per year), in the order given. */
export function useProductMetricSeries(key: TProductMetricKey, windows: readonly TProductMetricQuery[]) {
  const client = useApiClient();
  return useQueries({ queries: windows.map((window) => productQueries.metric(client, key, window)) });
}
