import type { TPage } from '@ipbureau/domain';
import type {
  TAssistance,
  TAssistanceConclude,
  TAssistanceCreateInput,
  TAssistanceListQuery,
  TWorkstation,
  TWorkstationCreateInput,
  TWorkstationDetail,
  TWorkstationListQuery,
  TWorkstationUpdate,
} from '@ipbureau/domain/protection';
import { servicePath, useApiClient, type ApiClient, type ApiError } from '@ipbureau/api-client';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

const path = (p: string) => servicePath('protection', p);

export type TWorkstationParams = Partial<TWorkstationListQuery>;
export type TAssistanceParams = Partial<Omit<TAssistanceListQuery, 'open'>>;

/** Rights-protection workstations and their assistance requests. */
export const workstationsApi = {
  list: (client: ApiClient, params: TWorkstationParams, signal?: AbortSignal) => client.get<TPage<TWorkstation>>(path('/workstations'), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TWorkstationDetail>(path(`/workstations/${id}`), { signal }),
  create: (client: ApiClient, body: TWorkstationCreateInput) => client.post<TWorkstationDetail>(path('/workstations'), body),
  update: (client: ApiClient, id: string, body: TWorkstationUpdate) => client.patch<TWorkstationDetail>(path(`/workstations/${id}`), body),
  assist: (client: ApiClient, id: string, body: TAssistanceCreateInput) => client.post<TAssistance>(path(`/workstations/${id}/assistance`), body),
  conclude: (client: ApiClient, id: string, body: TAssistanceConclude) => client.post<TAssistance>(path(`/workstation-assistance/${id}/conclude`), body),
};

export const workstationKeys = {
  all: ['protection', 'workstations'] as const,
  list: (params: TWorkstationParams) => ['protection', 'workstations', 'list', params] as const,
  detail: (id: string) => ['protection', 'workstations', 'detail', id] as const,
};

export const useWorkstations = (params: TWorkstationParams) => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: workstationKeys.list(params), queryFn: ({ signal }) => workstationsApi.list(client, params, signal), placeholderData: keepPreviousData }));
};
export const useWorkstation = (id: string) => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: workstationKeys.detail(id), queryFn: ({ signal }) => workstationsApi.get(client, id, signal) }));
};

/** Every workstation write refreshes the workstations (lists and pages) before the caller's own `onSuccess`. */
function useWorkstationWrite<V, R>(write: (client: ApiClient, body: V) => Promise<R>, onSuccess?: (saved: R) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<R, ApiError, V>({
    mutationFn: (body) => write(client, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: workstationKeys.all });
      onSuccess?.(saved);
    },
  });
}

export const useCreateWorkstation = (onSuccess?: (saved: TWorkstationDetail) => void) => useWorkstationWrite(workstationsApi.create, onSuccess);
export const useUpdateWorkstation = (id: string, onSuccess?: (saved: TWorkstationDetail) => void) => useWorkstationWrite((client, body: TWorkstationUpdate) => workstationsApi.update(client, id, body), onSuccess);
export const useAddAssistance = (id: string, onSuccess?: (saved: TAssistance) => void) => useWorkstationWrite((client, body: TAssistanceCreateInput) => workstationsApi.assist(client, id, body), onSuccess);
export const useConcludeAssistance = (id: string, onSuccess?: (saved: TAssistance) => void) => useWorkstationWrite((client, body: TAssistanceConclude) => workstationsApi.conclude(client, id, body), onSuccess);
