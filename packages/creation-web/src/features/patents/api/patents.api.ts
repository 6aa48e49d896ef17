import type { TPage } from '@ipbureau/domain';
import type { TPatent, TPatentCreate, TPatentDetail, TPatentListQuery, TPatentTransition, TPatentUpdate } from '@ipbureau/domain/creation';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const patents = (path = '') => servicePath('creation', `/patents${path}`);

/** The creation service's patent endpoints (kept here until the shared api-client has them). */
export const patentsApi = {
  list: (client: ApiClient, params: TPatentListQuery, signal?: AbortSignal) => client.get<TPage<TPatent>>(patents(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TPatentDetail>(patents(`/${id}`), { signal }),
  register: (client: ApiClient, body: TPatentCreate) => client.post<TPatentDetail>(patents(), body),
  update: (client: ApiClient, id: string, body: TPatentUpdate) => client.request<TPatentDetail>(patents(`/${id}`), { method: 'PATCH', body }),
  transition: (client: ApiClient, id: string, body: TPatentTransition) => client.post<TPatentDetail>(patents(`/${id}/transitions`), body),
};
