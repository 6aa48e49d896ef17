import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { TMetricQuery, TMetricValue } from '@ipbureau/domain';
import { servicePath, useApiClient, type ApiClient } from '@ipbureau/api-client';

/** The keys the creation service's metric catalogue serves. */
export type TCreationMetricKey =
  | 'patents.granted'
  | 'patents.granted_in_period'
  | 'patents.granted_invention'
  | 'patents.granted_invention_in_period'
  | 'patents.valid_invention'
  | 'trademarks.valid'
  | 'trademarks.madrid'
  | 'trademarks.collective'
  | 'patents.high_value_invention'
  | 'enterprises.national_provincial_new_in_period'
  | 'enterprises.national_new_in_period'
  | 'enterprises.provincial_new_in_period'
  | 'enterprises.municipal_cultivation_new_in_period'
  | 'certifications.entities_certified';

export const metricKeys = {
  all: ['creation', 'metrics'] as const,
  value: (key: TCreationMetricKey, query: TMetricQuery) => [...metricKeys.all, key, query] as const,
};

const metricQuery = (client: ApiClient, key: TCreationMetricKey, query: TMetricQuery) =>
  queryOptions({
    queryKey: metricKeys.value(key, query),
    queryFn: ({ signal }) => client.get<TMetricValue>(servicePath('creation', `/metrics/${key}`), { query, signal }),
  });

export function useCreationMetric(key: TCreationMetricKey, query: TMetricQuery) {
  return useQuery(metricQuery(useApiClient(), key, query));
}

/** One metric over several windows (districts, years), in the order given. */
export function useCreationMetricSeries(key: TCreationMetricKey, queries: readonly TMetricQuery[]) {
  const client = useApiClient();
  return useQueries({ queries: queries.map((query) => metricQuery(client, key, query)) });
}
