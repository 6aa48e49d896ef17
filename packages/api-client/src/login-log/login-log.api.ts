import type { TLoginLogEntry, TPage, TPageQuery } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { servicePath } from '../client/services';

/** Attempts of one username and/or only the successful or the failed ones. */
export type TLoginLogParams = TPageQuery & { username?: string; success?: boolean };

export const loginLogApi = {
  list: (client: ApiClient, params: TLoginLogParams, signal?: AbortSignal) =>
    client.get<TPage<TLoginLogEntry>>(servicePath('platform', '/login-log'), { query: params, signal }),
};
