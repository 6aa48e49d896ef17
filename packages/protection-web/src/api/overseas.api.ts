import type { TPage } from '@ipbureau/domain';
import type {
  TOverseasDispute,
  TOverseasDisputeCreateInput,
  TOverseasDisputeDetail,
  TOverseasDisputeListQuery,
  TOverseasTransitionInput,
  TRiskAlert,
  TRiskAlertCreateInput,
  TRiskAlertDetail,
  TRiskAlertListQuery,
} from '@ipbureau/domain/protection';
import { servicePath, useApiClient, type ApiClient, type ApiError } from '@ipbureau/api-client';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

const path = (p: string) => servicePath('protection', `/overseas${p}`);

export type TDisputeParams = Partial<TOverseasDisputeListQuery>;
export type TRiskAlertParams = Partial<TRiskAlertListQuery>;

/** Overseas disputes and risk alerts. */
export const overseasApi = {
  disputes: (client: ApiClient, params: TDisputeParams, signal?: AbortSignal) => client.get<TPage<TOverseasDispute>>(path('/disputes'), { query: params, signal }),
  dispute: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TOverseasDisputeDetail>(path(`/disputes/${id}`), { signal }),
  report: (client: ApiClient, body: TOverseasDisputeCreateInput) => client.post<TOverseasDisputeDetail>(path('/disputes'), body),
  step: (client: ApiClient, id: string, body: TOverseasTransitionInput) => client.post<TOverseasDisputeDetail>(path(`/disputes/${id}/transitions`), body),
  alerts: (client: ApiClient, params: TRiskAlertParams, signal?: AbortSignal) => client.get<TPage<TRiskAlert>>(path('/risk-alerts'), { query: params, signal }),
  alert: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TRiskAlertDetail>(path(`/risk-alerts/${id}`), { signal }),
  publish: (client: ApiClient, body: TRiskAlertCreateInput) => client.post<TRiskAlertDetail>(path('/risk-alerts'), body),
};

export const overseasKeys = {
  disputes: ['protection', 'overseas-disputes'] as const,
  disputeList: (params: TDisputeParams) => ['protection', 'overseas-disputes', 'list', params] as const,
  dispute: (id: string) => ['protection', 'overseas-disputes', 'detail', id] as const,
  alerts: ['protection', 'risk-alerts'] as const,
  alertList: (params: TRiskAlertParams) => ['protection', 'risk-alerts', 'list', params] as const,
  alert: (id: string) => ['protection', 'risk-alerts', 'detail', id] as const,
};

export const useOverseasDisputes = (params: TDisputeParams) => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: overseasKeys.disputeList(params), queryFn: ({ signal }) => overseasApi.disputes(client, params, signal), placeholderData: keepPreviousData }));
};
export const useOverseasDispute = (id: string) => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: overseasKeys.dispute(id), queryFn: ({ signal }) => overseasApi.dispute(client, id, signal) }));
};
export const useRiskAlerts = (params: TRiskAlertParams) => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: overseasKeys.alertList(params), queryFn: ({ signal }) => overseasApi.alerts(client, params, signal), placeholderData: keepPreviousData }));
};
export const useRiskAlert = (id: string | null) => {
  const client = useApiClient();
  return useQuery({ ...queryOptions({ queryKey: overseasKeys.alert(id ?? ''), queryFn: ({ signal }) => overseasApi.alert(client, id ?? '', signal) }), enabled: id !== null });
};

/** A dispute write refreshes the dispute lists and caches the dispute answered, before the caller's own `onSuccess`. */
function useDisputeWrite<V>(write: (client: ApiClient, body: V) => Promise<TOverseasDisputeDetail>, onSuccess?: (saved: TOverseasDisputeDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TOverseasDisputeDetail, ApiError, V>({
    mutationFn: (body) => write(client, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(overseasKeys.dispute(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: overseasKeys.disputes });
      onSuccess?.(saved);
    },
  });
}
export const useReportDispute = (onSuccess?: (saved: TOverseasDisputeDetail) => void) => useDisputeWrite<TOverseasDisputeCreateInput>(overseasApi.report, onSuccess);
export const useDisputeStep = (id: string, onSuccess?: (saved: TOverseasDisputeDetail) => void) => useDisputeWrite<TOverseasTransitionInput>((client, body) => overseasApi.step(client, id, body), onSuccess);

export function usePublishRiskAlert(onSuccess?: (saved: TRiskAlertDetail) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TRiskAlertDetail, ApiError, TRiskAlertCreateInput>({
    mutationFn: (body) => overseasApi.publish(client, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(overseasKeys.alert(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: overseasKeys.alerts });
      onSuccess?.(saved);
    },
  });
}
