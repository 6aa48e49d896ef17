import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TPageQuery } from '@ipbureau/domain';
import type { TAdjudicationCreateInput, TAdjudicationDetail, TAdjudicationTransitionInput, TBlacklistCheck, TBlacklistCreateInput, TBlacklistEntryDetail, TBlacklistTransitionRequest, TKeyEnterpriseBatchCreateInput, TKeyEnterpriseBatchDetail, TWhitelistCreateInput, TWhitelistEntry } from '@ipbureau/domain/protection';
import { useApiClient, type ApiClient, type ApiError } from '@ipbureau/api-client';
import { creditApi, type TAdjudicationParams, type TBlacklistParams, type TWhitelistParams } from './credit.api';

export const creditKeys = {
  blacklist: ['protection', 'blacklist'] as const,
  blacklistList: (params: TBlacklistParams) => [...creditKeys.blacklist, 'list', params] as const,
  blacklistEntry: (id: string) => [...creditKeys.blacklist, 'detail', id] as const,
  whitelistLists: ['protection', 'whitelist'] as const,
  whitelist: (params: TWhitelistParams) => ['protection', 'whitelist', params] as const,
  batchLists: ['protection', 'key-enterprise-batches'] as const,
  batches: (params: Partial<TPageQuery>) => ['protection', 'key-enterprise-batches', params] as const,
  batch: (id: string) => ['protection', 'key-enterprise-batch', id] as const,
  adjudicationLists: ['protection', 'adjudications'] as const,
  adjudications: (params: TAdjudicationParams) => ['protection', 'adjudications', params] as const,
  adjudication: (id: string) => ['protection', 'adjudication', id] as const,
};

export const creditQueries = {
  adjudication: (client: ApiClient, id: string) => queryOptions({ queryKey: creditKeys.adjudication(id), queryFn: ({ signal }) => creditApi.adjudication(client, id, signal) }),
  blacklist: (client: ApiClient, params: TBlacklistParams) =>
    queryOptions({ queryKey: creditKeys.blacklistList(params), queryFn: ({ signal }) => creditApi.blacklist(client, params, signal), placeholderData: keepPreviousData }),
  blacklistEntry: (client: ApiClient, id: string) => queryOptions({ queryKey: creditKeys.blacklistEntry(id), queryFn: ({ signal }) => creditApi.blacklistEntry(client, id, signal) }),
  whitelist: (client: ApiClient, params: TWhitelistParams) =>
    queryOptions({ queryKey: creditKeys.whitelist(params), queryFn: ({ signal }) => creditApi.whitelist(client, params, signal), placeholderData: keepPreviousData }),
  batches: (client: ApiClient, params: Partial<TPageQuery>) =>
    queryOptions({ queryKey: creditKeys.batches(params), queryFn: ({ signal }) => creditApi.batches(client, params, signal), placeholderData: keepPreviousData }),
  batch: (client: ApiClient, id: string) => queryOptions({ queryKey: creditKeys.batch(id), queryFn: ({ signal }) => creditApi.batch(client, id, signal) }),
  adjudications: (client: ApiClient, params: TAdjudicationParams) =>
    queryOptions({ queryKey: creditKeys.adjudications(params), queryFn: ({ signal }) => creditApi.adjudications(client, params, signal), placeholderData: keepPreviousData }),
};

export const useBlacklist = (params: TBlacklistParams) => useQuery(creditQueries.blacklist(useApiClient(), params));
export const useBlacklistEntry = (id: string) => useQuery(creditQueries.blacklistEntry(useApiClient(), id));
export const useWhitelist = (params: TWhitelistParams) => useQuery(creditQueries.whitelist(useApiClient(), params));
export const useKeyEnterpriseBatches = (params: Partial<TPageQuery>) => useQuery(creditQueries.batches(useApiClient(), params));
export const useKeyEnterpriseBatch = (id: string | null) => useQuery({ ...creditQueries.batch(useApiClient(), id ?? ''), enabled: id !== null });
export const useAdjudications = (params: TAdjudicationParams) => useQuery(creditQueries.adjudications(useApiClient(), params));

/** Publishing or removing an entry refreshes the blacklist and puts the entry answered into the cache, before the caller's own `onSuccess`. */
export function useBlacklistTransition(id: string, onSuccess?: (saved: TBlacklistEntryDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TBlacklistEntryDetail, ApiError, TBlacklistTransitionRequest>({
    mutationFn: (body) => creditApi.transition(client, id, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(creditKeys.blacklistEntry(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: [...creditKeys.blacklist, 'list'] });
      onSuccess?.(saved);
    },
  });
}

/** The check is a question, not a write: a mutation so the form asks on submit. */
export function useBlacklistCheck() {
  const client = useApiClient();
  return useMutation<TBlacklistCheck, ApiError, { creditCode: string; asOf?: string }>({ mutationFn: ({ creditCode, asOf }) => creditApi.check(client, creditCode, asOf) });
}

export const useAdjudication = (id: string) => useQuery(creditQueries.adjudication(useApiClient(), id));

/** A step of an adjudication or mediation request refreshes the request lists and caches the request answered. */
export function useAdjudicationStep(id: string, onSuccess?: (saved: TAdjudicationDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TAdjudicationDetail, ApiError, TAdjudicationTransitionInput>({
    mutationFn: (body) => creditApi.adjudicationStep(client, id, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(creditKeys.adjudication(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: creditKeys.adjudicationLists });
      onSuccess?.(saved);
    },
  });
}

/** Listing a case's respondent refreshes the blacklist before the caller's own `onSuccess` (which opens the entry). */
export function useListOnBlacklist(onSuccess?: (saved: TBlacklistEntryDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TBlacklistEntryDetail, ApiError, TBlacklistCreateInput>({
    mutationFn: (body) => creditApi.list(client, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(creditKeys.blacklistEntry(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: [...creditKeys.blacklist, 'list'] });
      onSuccess?.(saved);
    },
  });
}

/** Registering a request refreshes the request lists before the caller's own `onSuccess` (which opens it). */
export function useCreateAdjudication(onSuccess?: (saved: TAdjudicationDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TAdjudicationDetail, ApiError, TAdjudicationCreateInput>({
    mutationFn: (body) => creditApi.createAdjudication(client, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(creditKeys.adjudication(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: creditKeys.adjudicationLists });
      onSuccess?.(saved);
    },
  });
}

/** Adding a right refreshes the whitelist before the caller's own `onSuccess` (which closes the form). */
export function useAddToWhitelist(onSuccess?: (saved: TWhitelistEntry) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TWhitelistEntry, ApiError, TWhitelistCreateInput>({
    mutationFn: (body) => creditApi.addToWhitelist(client, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: creditKeys.whitelistLists });
      onSuccess?.(saved);
    },
  });
}

/** Recording a batch refreshes the batch list and caches the batch answered, before the caller's own `onSuccess`. */
export function useCreateKeyEnterpriseBatch(onSuccess?: (saved: TKeyEnterpriseBatchDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TKeyEnterpriseBatchDetail, ApiError, TKeyEnterpriseBatchCreateInput>({
    mutationFn: (body) => creditApi.createBatch(client, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(creditKeys.batch(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: creditKeys.batchLists });
      onSuccess?.(saved);
    },
  });
}
