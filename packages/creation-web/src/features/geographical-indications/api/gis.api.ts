import type { TPage } from '@ipbureau/domain';
import type { TGi, TGiCreate, TGiDetail, TGiListQuery, TGiProducerCreate, TGiRevoke, TGiUpdate } from '@ipbureau/domain/creation';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const gis = (path = '') => servicePath('creation', `/geographical-indications${path}`);

export const gisApi = {
  list: (client: ApiClient, params: TGiListQuery, signal?: AbortSignal) => client.get<TPage<TGi>>(gis(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TGiDetail>(gis(`/${id}`), { signal }),
  create: (client: ApiClient, body: TGiCreate) => client.post<TGiDetail>(gis(), body),
  update: (client: ApiClient, id: string, body: TGiUpdate) => client.request<TGiDetail>(gis(`/${id}`), { method: 'PATCH', body }),
  revoke: (client: ApiClient, id: string, body: TGiRevoke) => client.post<TGiDetail>(gis(`/${id}/revoke`), body),
  authorize: (client: ApiClient, id: string, body: TGiProducerCreate) => client.post<TGiDetail>(gis(`/${id}/producers`), body),
};
