import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TAuditQuery } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { auditApi } from './audit.api';

export const auditQueries = {
  events: (client: ApiClient, params: TAuditQuery) =>
    queryOptions({
      queryKey: queryKeys.audit.events(params),
      queryFn: ({ signal }) => auditApi.events(client, params, signal),
      placeholderData: keepPreviousData,
    }),
  verification: (client: ApiClient) =>
    queryOptions({
      queryKey: queryKeys.audit.verification(),
      queryFn: ({ signal }) => auditApi.verify(client, signal),
      // Each check must recompute the chains now; an earlier answer proves nothing about now.
      staleTime: 0,
      gcTime: 0,
      retry: false,
    }),
};

export function useAuditEvents(params: TAuditQuery) {
  return useQuery(auditQueries.events(useApiClient(), params));
}

/**
 * The hash-chain check, run only when asked (`refetch()`): it reads the whole trail, so it
 * does not run on every visit to the page.
 */
export function useAuditVerification() {
  return useQuery({ ...auditQueries.verification(useApiClient()), enabled: false });
}
