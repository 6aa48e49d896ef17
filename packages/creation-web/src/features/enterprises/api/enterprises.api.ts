import type { TPage } from '@ipbureau/domain';
import type {
  TCertificationCreate,
  TCertificationTransition,
  TEnterprise,
  TEnterpriseCreate,
  TEnterpriseDetail,
  TEnterpriseListQuery,
  TEnterpriseTitleCreate,
  TEnterpriseTitleEnd,
  TEnterpriseUpdate,
} from '@ipbureau/domain/creation';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const enterprises = (path = '') => servicePath('creation', `/enterprises${path}`);

/** The creation service's enterprise endpoints: enterprises, their titles and their GB/T 29490 certificates. */
export const enterprisesApi = {
  list: (client: ApiClient, params: TEnterpriseListQuery, signal?: AbortSignal) => client.get<TPage<TEnterprise>>(enterprises(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TEnterpriseDetail>(enterprises(`/${id}`), { signal }),
  create: (client: ApiClient, body: TEnterpriseCreate) => client.post<TEnterpriseDetail>(enterprises(), body),
  update: (client: ApiClient, id: string, body: TEnterpriseUpdate) => client.patch<TEnterpriseDetail>(enterprises(`/${id}`), body),
  addTitle: (client: ApiClient, id: string, body: TEnterpriseTitleCreate) => client.post<TEnterpriseDetail>(enterprises(`/${id}/titles`), body),
  endTitle: (client: ApiClient, id: string, titleId: string, body: TEnterpriseTitleEnd) => client.post<TEnterpriseDetail>(enterprises(`/${id}/titles/${titleId}/end`), body),
  addCertification: (client: ApiClient, id: string, body: TCertificationCreate) => client.post<TEnterpriseDetail>(enterprises(`/${id}/certifications`), body),
  transitionCertification: (client: ApiClient, id: string, certificationId: string, body: TCertificationTransition) =>
    client.post<TEnterpriseDetail>(enterprises(`/${id}/certifications/${certificationId}/transitions`), body),
};
