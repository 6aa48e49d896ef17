import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client/api-client';
import { servicePath, type TServiceName } from '../client/services';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';

export interface THealthResponse {
  status: string;
  service: string;
  database: string;
}

export type THealthState = 'up' | 'down' | 'checking';

export const healthQueries = {
  service: (client: ApiClient, service: TServiceName) =>
    queryOptions({
      queryKey: queryKeys.health.service(service),
      queryFn: ({ signal }) => client.get<THealthResponse>(servicePath(service, '/health'), { signal, auth: false }),
      refetchInterval: 30_000,
      // A down service should show as down now, not after a series of retries.
      retry: false,
    }),
};

export function healthState(query: { isPending: boolean; isError: boolean; data?: THealthResponse | undefined }): THealthState {
  if (query.isPending) return 'checking';
  return !query.isError && query.data?.status === 'ok' && query.data.database === 'up' ? 'up' : 'down';
}

/** 'up' only when the service answers and its database is up. */
export function useServiceHealth(service: TServiceName): THealthState {
  return healthState(useQuery(healthQueries.service(useApiClient(), service)));
}
