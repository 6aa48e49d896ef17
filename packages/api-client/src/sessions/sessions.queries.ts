import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TPageQuery } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { sessionsApi } from './sessions.api';

export const sessionsQueries = {
  list: (client: ApiClient, params: TPageQuery) =>
    queryOptions({
      queryKey: queryKeys.sessions.list(params),
      queryFn: ({ signal }) => sessionsApi.list(client, params, signal),
      placeholderData: keepPreviousData,
    }),
};

/** Sessions still alive in the user's region, most recently active first. */
export function useSessions(params: TPageQuery) {
  return useQuery(sessionsQueries.list(useApiClient(), params));
}
