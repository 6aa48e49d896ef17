import type { TPage, TPageQuery, TSession } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { servicePath } from '../client/services';

export const sessionsApi = {
  list: (client: ApiClient, params: TPageQuery, signal?: AbortSignal) =>
    client.get<TPage<TSession>>(servicePath('platform', '/sessions'), { query: params, signal }),
  revoke: (client: ApiClient, id: string) => client.delete<void>(servicePath('platform', `/sessions/${id}`)),
};
