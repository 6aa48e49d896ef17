import type { TPage } from '@ipbureau/domain';
import type {
  TRapidEntity,
  TRapidEntityCreateInput,
  TRapidEntityListQuery,
  TRapidRequest,
  TRapidRequestCreateInput,
  TRapidRequestDetail,
  TRapidRequestListQuery,
  TRapidServiceLevel,
  TRapidServiceLevelCreateInput,
  TRapidServiceLevelUpdateInput,
  TRapidTransitionInput,
} from '@ipbureau/domain/protection';
import { servicePath, useApiClient, type ApiClient, type ApiError } from '@ipbureau/api-client';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

const path = (p: string) => servicePath('protection', `/rapid-protection${p}`);

export type TRapidParams = Partial<Omit<TRapidRequestListQuery, 'overdue'>> & { overdue?: 'true' };
export type TRapidEntityParams = Partial<TRapidEntityListQuery>;

/** The rapid protection centre's requests and registered enterprises. */
export const rapidApi = {
  requests: (client: ApiClient, params: TRapidParams, signal?: AbortSignal) => client.get<TPage<TRapidRequest>>(path('/requests'), { query: params, signal }),
  request: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TRapidRequestDetail>(path(`/requests/${id}`), { signal }),
  submit: (client: ApiClient, body: TRapidRequestCreateInput) => client.post<TRapidRequestDetail>(path('/requests'), body),
  step: (client: ApiClient, id: string, body: TRapidTransitionInput) => client.post<TRapidRequestDetail>(path(`/requests/${id}/transitions`), body),
  entities: (client: ApiClient, params: TRapidEntityParams, signal?: AbortSignal) => client.get<TPage<TRapidEntity>>(path('/entities'), { query: params, signal }),
  registerEntity: (client: ApiClient, body: TRapidEntityCreateInput) => client.post<TRapidEntity>(path('/entities'), body),
  serviceLevels: (client: ApiClient, signal?: AbortSignal) => client.get<TRapidServiceLevel[]>(path('/service-levels'), { signal }),
  addServiceLevel: (client: ApiClient, body: TRapidServiceLevelCreateInput) => client.post<TRapidServiceLevel>(path('/service-levels'), body),
  updateServiceLevel: (client: ApiClient, id: string, body: TRapidServiceLevelUpdateInput) => client.patch<TRapidServiceLevel>(path(`/service-levels/${id}`), body),
};

export const rapidKeys = {
  lists: ['protection', 'rapid-requests'] as const,
  list: (params: TRapidParams) => ['protection', 'rapid-requests', params] as const,
  detail: (id: string) => ['protection', 'rapid-request', id] as const,
  entities: ['protection', 'rapid-entities'] as const,
  serviceLevels: ['protection', 'rapid-service-levels'] as const,
};

export const useRapidRequests = (params: TRapidParams) => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: rapidKeys.list(params), queryFn: ({ signal }) => rapidApi.requests(client, params, signal), placeholderData: keepPreviousData }));
};
export const useRapidRequest = (id: string) => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: rapidKeys.detail(id), queryFn: ({ signal }) => rapidApi.request(client, id, signal) }));
};

/** A write answering with a request refreshes the queue and caches the request, before the caller's own `onSuccess`. */
function useRapidWrite<V>(write: (client: ApiClient, body: V) => Promise<TRapidRequestDetail>, onSuccess?: (saved: TRapidRequestDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TRapidRequestDetail, ApiError, V>({
    mutationFn: (body) => write(client, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(rapidKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: rapidKeys.lists });
      onSuccess?.(saved);
    },
  });
}

export const useSubmitRapidRequest = (onSuccess?: (saved: TRapidRequestDetail) => void) => useRapidWrite<TRapidRequestCreateInput>(rapidApi.submit, onSuccess);
export const useRapidStep = (id: string, onSuccess?: (saved: TRapidRequestDetail) => void) => useRapidWrite<TRapidTransitionInput>((client, body) => rapidApi.step(client, id, body), onSuccess);

export function useRegisterRapidEntity(onSuccess?: (saved: TRapidEntity) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TRapidEntity, ApiError, TRapidEntityCreateInput>({
    mutationFn: (body) => rapidApi.registerEntity(client, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: rapidKeys.entities });
      onSuccess?.(saved);
    },
  });
}

/** The centre's service levels 服务时限, every kind and date (a handful of rows). */
export const useRapidServiceLevels = () => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: rapidKeys.serviceLevels, queryFn: ({ signal }) => rapidApi.serviceLevels(client, signal) }));
};

/** A write of a level: refresh the levels (the states of the others may change with it), then the caller's `onSuccess`. */
function useSavingLevel<TBody>(write: (client: ApiClient, body: TBody) => Promise<TRapidServiceLevel>, onSuccess?: (saved: TRapidServiceLevel) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TRapidServiceLevel, ApiError, TBody>({
    mutationFn: (body) => write(client, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: rapidKeys.serviceLevels });
      onSuccess?.(saved);
    },
  });
}

export const useAddRapidServiceLevel = (onSuccess?: (saved: TRapidServiceLevel) => void) => useSavingLevel<TRapidServiceLevelCreateInput>(rapidApi.addServiceLevel, onSuccess);

/** Corrects a scheduled level at the version read; the server refuses one whose date has come (422) or a stale version (409). */
export const useUpdateRapidServiceLevel = (id: string, onSuccess?: (saved: TRapidServiceLevel) => void) =>
  useSavingLevel<TRapidServiceLevelUpdateInput>((client, body) => rapidApi.updateServiceLevel(client, id, body), onSuccess);
