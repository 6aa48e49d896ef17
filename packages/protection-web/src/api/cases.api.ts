import type { TPage } from '@ipbureau/domain';
import type { TCase, TCaseCreateInput, TCaseDocument, TCaseDocumentCreate, TCaseDetail, TCaseListQuery, TCaseSummary, TCaseTransitionInput, TCaseUpdateInput } from '@ipbureau/domain/protection';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const cases = (path = '') => servicePath('protection', `/cases${path}`);

/** Filters and page of the case workbench; every field optional, as the query string is. */
export type TCaseListParams = Partial<TCaseListQuery>;

export const casesApi = {
  list: (client: ApiClient, params: TCaseListParams, signal?: AbortSignal) => client.get<TPage<TCase>>(cases(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TCaseDetail>(cases(`/${id}`), { signal }),
  summary: (client: ApiClient, year: number, signal?: AbortSignal) => client.get<TCaseSummary>(cases('/summary'), { query: { year }, signal }),
  register: (client: ApiClient, body: TCaseCreateInput) => client.post<TCaseDetail>(cases(), body),
  update: (client: ApiClient, id: string, body: TCaseUpdateInput) => client.patch<TCaseDetail>(cases(`/${id}`), body),
  transition: (client: ApiClient, id: string, body: TCaseTransitionInput) => client.post<TCaseDetail>(cases(`/${id}/transitions`), body),
  documents: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TCaseDocument[]>(cases(`/${id}/documents`), { signal }),
  addDocument: (client: ApiClient, id: string, body: TCaseDocumentCreate) => client.post<TCaseDocument>(cases(`/${id}/documents`), body),
  voidDocument: (client: ApiClient, id: string, docId: string, reason: string) => client.post<TCaseDocument>(cases(`/${id}/documents/${docId}/void`), { reason }),
};

export const caseDocumentsPath = (id: string) => cases(`/${id}/documents`);
