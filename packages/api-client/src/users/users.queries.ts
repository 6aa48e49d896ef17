import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client/api-client';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { usersApi, type TUserListParams } from './users.api';

export const usersQueries = {
  list: (client: ApiClient, params: TUserListParams) =>
    queryOptions({
      queryKey: queryKeys.users.list(params),
      queryFn: ({ signal }) => usersApi.list(client, params, signal),
      // Keep the current page on screen while the next one loads, instead of an empty table.
      placeholderData: keepPreviousData,
    }),
  detail: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: queryKeys.users.detail(id),
      queryFn: ({ signal }) => usersApi.get(client, id, signal),
    }),
};

export function useUsers(params: TUserListParams) {
  return useQuery(usersQueries.list(useApiClient(), params));
}

export function useUser(id: string) {
  return useQuery(usersQueries.detail(useApiClient(), id));
}
