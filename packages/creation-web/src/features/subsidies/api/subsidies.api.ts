import type { TPage } from '@ipbureau/domain';
import type { TClawbackCase, TClawbackListQuery, TSubsidyAct, TSubsidyApplication, TSubsidyApplicationDetail, TSubsidyListQuery } from '@ipbureau/domain/creation';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const subsidies = (path = '') => servicePath('creation', `/subsidies${path}`);

/** The creation service's subsidy endpoints used by the screens. */
export const subsidiesApi = {
  list: (client: ApiClient, params: TSubsidyListQuery, signal?: AbortSignal) => client.get<TPage<TSubsidyApplication>>(subsidies(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TSubsidyApplicationDetail>(subsidies(`/${id}`), { signal }),
  clawbacks: (client: ApiClient, params: TClawbackListQuery, signal?: AbortSignal) => client.get<TPage<TClawbackCase>>(subsidies('/clawbacks'), { query: params, signal }),
  act: (client: ApiClient, id: string, body: TSubsidyAct) => client.post<TSubsidyApplicationDetail>(subsidies(`/${id}/actions`), body),
};
