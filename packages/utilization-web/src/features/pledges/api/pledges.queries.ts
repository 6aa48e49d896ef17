import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { TLenderQuery, TPledgeBreakdownQuery, TPledgeListQuery, TPledgeMetricKey } from '@ipbureau/domain/utilization';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { pledgesApi, type TPledgeMetricQuery } from './pledges.api';

/** Cache keys of the pledge screens; `lists()` covers every page and filter. */
export const pledgeKeys = {
  all: ['utilization', 'pledges'] as const,
  lists: () => [...pledgeKeys.all, 'list'] as const,
  list: (params: TPledgeListQuery) => [...pledgeKeys.lists(), params] as const,
  detail: (id: string) => [...pledgeKeys.all, 'detail', id] as const,
  lenders: () => [...pledgeKeys.all, 'lenders'] as const,
  lenderLookup: (query: TLenderQuery) => [...pledgeKeys.lenders(), query] as const,
  metrics: () => ['utilization', 'metrics'] as const,
  metric: (key: TPledgeMetricKey, query: TPledgeMetricQuery) => [...pledgeKeys.metrics(), key, query] as const,
  breakdown: (query: TPledgeBreakdownQuery) => [...pledgeKeys.metrics(), 'breakdown', query] as const,
};

export const pledgeQueries = {
  list: (client: ApiClient, params: TPledgeListQuery) =>
    queryOptions({ queryKey: pledgeKeys.list(params), queryFn: ({ signal }) => pledgesApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: pledgeKeys.detail(id), queryFn: ({ signal }) => pledgesApi.get(client, id, signal) }),
  lenders: (client: ApiClient, query: TLenderQuery) =>
    queryOptions({ queryKey: pledgeKeys.lenderLookup(query), queryFn: ({ signal }) => pledgesApi.lenders(client, query, signal), placeholderData: keepPreviousData }),
  metric: (client: ApiClient, key: TPledgeMetricKey, query: TPledgeMetricQuery) =>
    queryOptions({ queryKey: pledgeKeys.metric(key, query), queryFn: ({ signal }) => pledgesApi.metric(client, key, query, signal) }),
  breakdown: (client: ApiClient, query: TPledgeBreakdownQuery) =>
    queryOptions({ queryKey: pledgeKeys.breakdown(query), queryFn: ({ signal }) => pledgesApi.breakdown(client, query, signal), placeholderData: keepPreviousData }),
};

export function usePledges(params: TPledgeListQuery) {
  return useQuery(pledgeQueries.list(useApiClient(), params));
}

export function usePledge(id: string) {
  return useQuery(pledgeQueries.detail(useApiClient(), id));
}

/** The lenders seen on pledges, those matching `q` (a name fragment or part of a code) when given. */
export function useLenders(query: TLenderQuery) {
  return useQuery(pledgeQueries.lenders(useApiClient(), query));
}

/** One metric over several windows (a value per year), in the order given. */
export function usePledgeMetricSeries(key: TPledgeMetricKey, windows: readonly TPledgeMetricQuery[]) {
  const client = useApiClient();
  return useQueries({ queries: windows.map((window) => pledgeQueries.metric(client, key, window)) });
}

/** The period's financing by right kind, by lender and by district (one request for the overview's charts). */
export function usePledgeBreakdown(query: TPledgeBreakdownQuery) {
  return useQuery(pledgeQueries.breakdown(useApiClient(), query));
}
