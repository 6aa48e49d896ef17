import type { TUser, TUserCreate, TUserUpdate } from '@ipbureau/domain';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { useInvalidatingMutation, type CallerOptions } from '../react/invalidating-mutation';
import { usersApi } from './users.api';

/** A change to one user makes every list page and that user's detail stale. */
const listAndDetail = (id: string) => [queryKeys.users.lists(), queryKeys.users.detail(id)];

export function useCreateUser(options?: CallerOptions<TUser, TUserCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TUserCreate) => usersApi.create(client, body), () => [queryKeys.users.lists()], options);
}

export type TUserUpdateVariables = { id: string; body: TUserUpdate };

export function useUpdateUser(options?: CallerOptions<TUser, TUserUpdateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: TUserUpdateVariables) => usersApi.update(client, id, body), (_user, { id }) => listAndDetail(id), options);
}

export type TPasswordResetVariables = { id: string; password: string };

export function useResetUserPassword(options?: CallerOptions<void, TPasswordResetVariables>) {
  const client = useApiClient();
  // A reset also lifts a lockout, which the list shows.
  return useInvalidatingMutation(({ id, password }: TPasswordResetVariables) => usersApi.resetPassword(client, id, password), (_none, { id }) => listAndDetail(id), options);
}

export function useUnlockUser(options?: CallerOptions<TUser, string>) {
  const client = useApiClient();
  return useInvalidatingMutation((id: string) => usersApi.unlock(client, id), (_user, id) => listAndDetail(id), options);
}
