import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { casesApi, type TCaseListParams } from './cases.api';

/** The cache keys of the protection pillar's cases: `all` covers lists, details and the summary. */
export const caseKeys = {
  all: ['protection', 'cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (params: TCaseListParams) => [...caseKeys.lists(), params] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  documents: (id: string) => [...caseKeys.all, 'documents', id] as const,
  summary: (year: number) => [...caseKeys.all, 'summary', year] as const,
};

export const caseQueries = {
  list: (client: ApiClient, params: TCaseListParams) =>
    queryOptions({ queryKey: caseKeys.list(params), queryFn: ({ signal }) => casesApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => casesApi.get(client, id, signal) }),
  documents: (client: ApiClient, id: string) => queryOptions({ queryKey: caseKeys.documents(id), queryFn: ({ signal }) => casesApi.documents(client, id, signal) }),
  summary: (client: ApiClient, year: number) => queryOptions({ queryKey: caseKeys.summary(year), queryFn: ({ signal }) => casesApi.summary(client, year, signal) }),
};

export const useCases = (params: TCaseListParams) => useQuery(caseQueries.list(useApiClient(), params));
export const useCase = (id: string) => useQuery(caseQueries.detail(useApiClient(), id));
export const useCaseSummary = (year: number) => useQuery(caseQueries.summary(useApiClient(), year));
export const useCaseDocuments = (id: string) => useQuery(caseQueries.documents(useApiClient(), id));
