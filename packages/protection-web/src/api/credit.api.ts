import type { TPage, TPageQuery } from '@ipbureau/domain';
import type {
  TAdjudicationCreateInput,
  TAdjudicationDetail,
  TAdjudicationListQuery,
  TAdjudicationRequest,
  TAdjudicationTransitionInput,
  TBlacklistCheck,
  TBlacklistCreateInput,
  TBlacklistEntry,
  TBlacklistEntryDetail,
  TBlacklistListQuery,
  TBlacklistTransitionRequest,
  TKeyEnterpriseBatch,
  TKeyEnterpriseBatchCreateInput,
  TKeyEnterpriseBatchDetail,
  TWhitelistCreateInput,
  TWhitelistEntry,
  TWhitelistListQuery,
} from '@ipbureau/domain/protection';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const path = (p: string) => servicePath('protection', p);

export type TBlacklistParams = Partial<TBlacklistListQuery>;
export type TWhitelistParams = Partial<TWhitelistListQuery>;
export type TAdjudicationParams = Partial<TAdjudicationListQuery>;

/** The credit lists, the key-enterprise list and adjudication requests of the protection service. */
export const creditApi = {
  blacklist: (client: ApiClient, params: TBlacklistParams, signal?: AbortSignal) => client.get<TPage<TBlacklistEntry>>(path('/credit/blacklist'), { query: params, signal }),
  blacklistEntry: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TBlacklistEntryDetail>(path(`/credit/blacklist/${id}`), { signal }),
  list: (client: ApiClient, body: TBlacklistCreateInput) => client.post<TBlacklistEntryDetail>(path('/credit/blacklist'), body),
  check: (client: ApiClient, creditCode: string, asOf?: string) => client.get<TBlacklistCheck>(path('/credit/blacklist/check'), { query: asOf ? { creditCode, asOf } : { creditCode } }),
  transition: (client: ApiClient, id: string, body: TBlacklistTransitionRequest) => client.post<TBlacklistEntryDetail>(path(`/credit/blacklist/${id}/transitions`), body),
  addToWhitelist: (client: ApiClient, body: TWhitelistCreateInput) => client.post<TWhitelistEntry>(path('/credit/whitelist'), body),
  whitelist: (client: ApiClient, params: TWhitelistParams, signal?: AbortSignal) => client.get<TPage<TWhitelistEntry>>(path('/credit/whitelist'), { query: params, signal }),
  createBatch: (client: ApiClient, body: TKeyEnterpriseBatchCreateInput) => client.post<TKeyEnterpriseBatchDetail>(path('/key-enterprises/batches'), body),
  batches: (client: ApiClient, params: Partial<TPageQuery>, signal?: AbortSignal) => client.get<TPage<TKeyEnterpriseBatch>>(path('/key-enterprises/batches'), { query: params, signal }),
  batch: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TKeyEnterpriseBatchDetail>(path(`/key-enterprises/batches/${id}`), { signal }),
  createAdjudication: (client: ApiClient, body: TAdjudicationCreateInput) => client.post<TAdjudicationDetail>(path('/adjudication-requests'), body),
  adjudication: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TAdjudicationDetail>(path(`/adjudication-requests/${id}`), { signal }),
  adjudicationStep: (client: ApiClient, id: string, body: TAdjudicationTransitionInput) => client.post<TAdjudicationDetail>(path(`/adjudication-requests/${id}/transitions`), body),
  adjudications: (client: ApiClient, params: TAdjudicationParams, signal?: AbortSignal) => client.get<TPage<TAdjudicationRequest>>(path('/adjudication-requests'), { query: params, signal }),
};
