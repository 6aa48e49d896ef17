import type { TPage, TPageQuery, TUser, TUserCreate, TUserUpdate } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { servicePath } from '../client/services';

/** A page of users, optionally matching `q` in the username or the name. */
export type TUserListParams = TPageQuery & { q?: string };

const users = (path = '') => servicePath('platform', `/users${path}`);

export const usersApi = {
  list: (client: ApiClient, params: TUserListParams, signal?: AbortSignal) => client.get<TPage<TUser>>(users(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TUser>(users(`/${id}`), { signal }),
  create: (client: ApiClient, body: TUserCreate) => client.post<TUser>(users(), body),
  update: (client: ApiClient, id: string, body: TUserUpdate) => client.patch<TUser>(users(`/${id}`), body),
  resetPassword: (client: ApiClient, id: string, password: string) => client.post<void>(users(`/${id}/password`), { password }),
  unlock: (client: ApiClient, id: string) => client.post<TUser>(users(`/${id}/unlock`)),
};
