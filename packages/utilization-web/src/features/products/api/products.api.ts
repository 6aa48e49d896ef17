import type { TMetricValue, TPage } from '@ipbureau/domain';
import type {
  TAward,
  TAwardCreate,
  TAwardListQuery,
  TAwardUpdate,
  TCommercializationProject,
  TCommercializationProjectCreate,
  TCommercializationProjectDetail,
  TCommercializationProjectListQuery,
  TInsuranceClaimCreate,
  TInsuranceClaimTransition,
  TInsurancePolicy,
  TInsurancePolicyCreate,
  TInsurancePolicyDetail,
  TInsurancePolicyListQuery,
  TInsurancePolicyUpdate,
  TProductMetricKey,
  TSecuritization,
  TSecuritizationCreate,
  TSecuritizationListQuery,
  TSecuritizationUpdate,
  TSupportFundCreate,
  TTransferContract,
  TTransferContractCreate,
  TTransferContractListQuery,
  TTransferContractUpdate,
} from '@ipbureau/domain/utilization';
import { exportXlsx, servicePath, type ApiClient } from '@ipbureau/api-client';

/** The four product resources and the list query, item, detail and bodies of each. */
export type TProductResources = {
  awards: { query: TAwardListQuery; item: TAward; detail: TAward; create: TAwardCreate; update: TAwardUpdate };
  'transfer-contracts': { query: TTransferContractListQuery; item: TTransferContract; detail: TTransferContract; create: TTransferContractCreate; update: TTransferContractUpdate };
  'commercialization-projects': {
    query: TCommercializationProjectListQuery;
    item: TCommercializationProject;
    detail: TCommercializationProjectDetail;
    create: TCommercializationProjectCreate;
    update: never;
  };
  'insurance-policies': { query: TInsurancePolicyListQuery; item: TInsurancePolicy; detail: TInsurancePolicyDetail; create: TInsurancePolicyCreate; update: TInsurancePolicyUpdate };
  'securitization-products': { query: TSecuritizationListQuery; item: TSecuritization; detail: TSecuritization; create: TSecuritizationCreate; update: TSecuritizationUpdate };
};
export type TProductResource = keyof TProductResources;

export type TProductMetricQuery = { from?: string; to?: string; district?: string };

const path = (resource: string, rest = '') => servicePath('utilization', `/${resource}${rest}`);

/** The utilization service's product endpoints (kept here until the shared api-client has them). */
export const productsApi = {
  list: <R extends TProductResource>(client: ApiClient, resource: R, query: TProductResources[R]['query'], signal?: AbortSignal) =>
    client.get<TPage<TProductResources[R]['item']>>(path(resource), { query, signal }),
  get: <R extends TProductResource>(client: ApiClient, resource: R, id: string, signal?: AbortSignal) => client.get<TProductResources[R]['detail']>(path(resource, `/${id}`), { signal }),
  create: <R extends TProductResource>(client: ApiClient, resource: R, body: TProductResources[R]['create']) => client.post<TProductResources[R]['detail']>(path(resource), body),
  update: <R extends TProductResource>(client: ApiClient, resource: R, id: string, body: TProductResources[R]['update']) =>
    client.patch<TProductResources[R]['detail']>(path(resource, `/${id}`), body),
  /** Every row of the list's current filter as an XLSX file (`?format=xlsx`). */
  exportXlsx: <R extends TProductResource>(client: ApiClient, resource: R, query: TProductResources[R]['query']) => exportXlsx(client, path(resource), query),
  fileClaim: (client: ApiClient, policyId: string, body: TInsuranceClaimCreate) => client.post<TInsurancePolicyDetail>(path('insurance-policies', `/${policyId}/claims`), body),
  decideClaim: (client: ApiClient, claimId: string, body: TInsuranceClaimTransition) => client.post<TInsurancePolicyDetail>(path('insurance-claims', `/${claimId}/transitions`), body),
  addFund: (client: ApiClient, projectId: string, body: TSupportFundCreate) => client.post<TCommercializationProjectDetail>(path('commercialization-projects', `/${projectId}/funds`), body),
  metric: (client: ApiClient, key: TProductMetricKey, query: TProductMetricQuery, signal?: AbortSignal) => client.get<TMetricValue>(servicePath('utilization', `/metrics/${key}`), { query, signal }),
};
