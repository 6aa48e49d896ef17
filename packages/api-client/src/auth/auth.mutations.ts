import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TChangePasswordRequest, TLoginRequest, TTokenResponse } from '@ipbureau/domain';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { useInvalidatingMutation, type CallerOptions } from '../react/invalidating-mutation';
import { authApi } from './auth.api';

/**
 * Signs in and keeps the session. The session bookkeeping runs before the caller's `onSuccess`,
 * which is added to it, never put in its place.
 */
export function useLogin(options: CallerOptions<TTokenResponse, TLoginRequest> = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    mutationFn: (body: TLoginRequest) => authApi.login(client, body),
    onSuccess: async (session, ...rest) => {
      // Whatever a previous user left in the cache must not show to this one.
      queryClient.removeQueries();
      client.tokens.save(session);
      queryClient.setQueryData(queryKeys.auth.me(), session.user);
      await options.onSuccess?.(session, ...rest);
    },
  });
}

/** Ends the session here even when the server cannot be told (offline, already expired). */
export function useLogout(options: CallerOptions<void, void> = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    mutationFn: async () => {
      try {
        await authApi.logout(client);
      } finally {
        client.tokens.clear();
        queryClient.removeQueries();
      }
    },
  });
}

/** Changes one's own password; the profile is refetched, so the "must change" warning goes. */
export function useChangePassword(options?: CallerOptions<void, TChangePasswordRequest>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TChangePasswordRequest) => authApi.changePassword(client, body), () => [queryKeys.auth.me()], options);
}
