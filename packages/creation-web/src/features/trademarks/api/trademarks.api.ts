import type { TPage } from '@ipbureau/domain';
import type { TTrademark, TTrademarkCreate, TTrademarkDetail, TTrademarkListQuery, TTrademarkTransition } from '@ipbureau/domain/creation';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const trademarks = (path = '') => servicePath('creation', `/trademarks${path}`);

/** The creation service's trademark endpoints (kept here until the shared api-client has them). */
export const trademarksApi = {
  list: (client: ApiClient, params: TTrademarkListQuery, signal?: AbortSignal) => client.get<TPage<TTrademark>>(trademarks(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TTrademarkDetail>(trademarks(`/${id}`), { signal }),
  register: (client: ApiClient, body: TTrademarkCreate) => client.post<TTrademarkDetail>(trademarks(), body),
  transition: (client: ApiClient, id: string, body: TTrademarkTransition) => client.post<TTrademarkDetail>(trademarks(`/${id}/transitions`), body),
};
