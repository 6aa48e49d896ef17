import type { TMetricValue, TPage } from '@ipbureau/domain';
import type { TLender, TLenderQuery, TPledge, TPledgeBreakdown, TPledgeBreakdownQuery, TPledgeCreate, TPledgeDetail, TPledgeListQuery, TPledgeMetricKey, TPledgeTransition, TPledgeUpdate } from '@ipbureau/domain/utilization';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const pledges = (path = '') => servicePath('utilization', `/pledges${path}`);

export type TPledgeMetricQuery = { from?: string; to?: string; asOf?: string; district?: string };

/** The utilization service's pledge endpoints (kept here until the shared api-client has them). */
export const pledgesApi = {
  list: (client: ApiClient, params: TPledgeListQuery, signal?: AbortSignal) => client.get<TPage<TPledge>>(pledges(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TPledgeDetail>(pledges(`/${id}`), { signal }),
  apply: (client: ApiClient, body: TPledgeCreate) => client.post<TPledgeDetail>(pledges(), body),
  update: (client: ApiClient, id: string, body: TPledgeUpdate) => client.patch<TPledgeDetail>(pledges(`/${id}`), body),
  transition: (client: ApiClient, id: string, body: TPledgeTransition) => client.post<TPledgeDetail>(pledges(`/${id}/transitions`), body),
  metric: (client: ApiClient, key: TPledgeMetricKey, query: TPledgeMetricQuery, signal?: AbortSignal) =>
    client.get<TMetricValue>(servicePath('utilization', `/metrics/${key}`), { query, signal }),
  /** The lenders seen on pledges (code, latest name, pledge count), for the pickers. */
  lenders: (client: ApiClient, query: TLenderQuery, signal?: AbortSignal) => client.get<TLender[]>(servicePath('utilization', '/lenders'), { query, signal }),
  /** The period's financing by right kind, by lender and by district. */
  breakdown: (client: ApiClient, query: TPledgeBreakdownQuery, signal?: AbortSignal) => client.get<TPledgeBreakdown>(servicePath('utilization', '/pledge-metrics/breakdown'), { query, signal }),
};
