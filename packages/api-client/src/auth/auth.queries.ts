import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client/api-client';
import { queryKeys } from '../query-keys';
import { useApiClient, useSignedIn } from '../react/api-client-context';
import { authApi } from './auth.api';

export const authQueries = {
  me: (client: ApiClient) =>
    queryOptions({
      queryKey: queryKeys.auth.me(),
      queryFn: ({ signal }) => authApi.me(client, signal),
      staleTime: 5 * 60_000,
    }),
};

/** The signed-in user; idle while there is no session. */
export function useMe() {
  const client = useApiClient();
  const signedIn = useSignedIn();
  return useQuery({ ...authQueries.me(client), enabled: signedIn });
}
