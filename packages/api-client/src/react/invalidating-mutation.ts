import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions } from '@tanstack/react-query';
import type { ApiError } from '../client/api-error';

/** What a screen may pass to a mutation hook: everything but the call itself. */
export type CallerOptions<TData, TVariables> = Omit<UseMutationOptions<TData, ApiError, TVariables>, 'mutationFn'>;

/**
 * A write that marks the cached reads it changes as stale. The invalidation runs first and the
 * caller's `onSuccess` is added after it, never put in its place: a screen that closes its drawer
 * on success must not leave the list showing the old row (the bug of medusa's `tags.tsx`).
 */
export function useInvalidatingMutation<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  staleKeys: (data: TData, variables: TVariables) => readonly QueryKey[],
  options: CallerOptions<TData, TVariables> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    mutationFn,
    onSuccess: async (data, variables, onMutateResult, context) => {
      await Promise.all(staleKeys(data, variables).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await options.onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
