import type { TChangePasswordRequest, TCurrentUser, TLoginRequest, TTokenResponse } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { servicePath } from '../client/services';

export const authApi = {
  // A 401 here means wrong credentials, not an expired session: never refresh.
  login: (client: ApiClient, body: TLoginRequest) =>
    client.post<TTokenResponse>(servicePath('platform', '/auth/login'), body, { auth: false }),
  logout: (client: ApiClient) => client.post<void>(servicePath('platform', '/auth/logout')),
  me: (client: ApiClient, signal?: AbortSignal) => client.get<TCurrentUser>(servicePath('platform', '/me'), { signal }),
  changePassword: (client: ApiClient, body: TChangePasswordRequest) => client.post<void>(servicePath('platform', '/me/password'), body),
};
