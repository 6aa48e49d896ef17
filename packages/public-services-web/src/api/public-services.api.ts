import { keepPreviousData, queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { servicePath, useApiClient, type ApiClient, type ApiError, type QueryValue } from '@ipbureau/api-client';
import type { TMetricValue, TPage } from '@ipbureau/domain';
import type {
  TAgency,
  TAgencyCreate,
  TAgent,
  TAgentCreate,
  TAgentDetail,
  TAgentMove,
  TInfoRequest,
  TInfoRequestCreate,
  TInfoRequestDetail,
  TInfoRequestTransition,
  TNavigationProject,
  TNavigationProjectCreate,
  TNavigationProjectUpdate,
  TPolicyCreate,
  TPolicyDetail,
  TPolicyHit,
  TSupervisionResults,
  TTrusteeshipContract,
  TTrusteeshipContractDetail,
  TTrusteeshipCreate,
  TTrusteeshipServiceCreate,
  TTrusteeshipTerminate,
  TTrusteeshipUpdate,
  TSupervisionAction,
  TSupervisionCreate,
  TSupervisionRecord,
  TSupervisionRecordDetail,
  TTrainingEvent,
  TTrainingEventCreate,
  TTrainingEventUpdate,
  TTrainingRegistration,
  TTrainingRegistrationCreate,
} from '@ipbureau/domain/public-services';

/**
 * The public-services calls and their react-query hooks. They live here, not in
 * `@ipbureau/api-client`, while this pillar's resources settle; they follow its conventions
 * (keys per resource, writes invalidate the lists they change).
 */
const path = (p: string) => servicePath('public-services', p);
export type ListParams = Record<string, QueryValue>;

export const psKeys = {
  all: ['public-services'] as const,
  list: (resource: string, params: ListParams) => ['public-services', resource, 'list', params] as const,
  one: (resource: string, id: string) => ['public-services', resource, 'one', id] as const,
  metric: (key: string, params: ListParams) => ['public-services', 'metrics', key, params] as const,
};

const listQuery = <T,>(client: ApiClient, resource: string, params: ListParams) =>
  queryOptions({
    queryKey: psKeys.list(resource, params),
    queryFn: ({ signal }) => client.get<TPage<T>>(path(`/${resource}`), { query: params, signal }),
    placeholderData: keepPreviousData,
  });

const oneQuery = <T,>(client: ApiClient, resource: string, id: string) =>
  queryOptions({ queryKey: psKeys.one(resource, id), queryFn: ({ signal }) => client.get<T>(path(`/${resource}/${id}`), { signal }) });

export const metricQuery = (client: ApiClient, key: string, params: ListParams) =>
  queryOptions({ queryKey: psKeys.metric(key, params), queryFn: ({ signal }) => client.get<TMetricValue>(path(`/metrics/${key}`), { query: params, signal }) });

export function useAgencies(params: ListParams) {
  return useQuery(listQuery<TAgency>(useApiClient(), 'agencies', params));
}
export function useAgency(id: string) {
  return useQuery(oneQuery<TAgency>(useApiClient(), 'agencies', id));
}
/** An agency read only when there is an id (a branch's head office). */
export function useAgencyIf(id: string | null) {
  return useQuery({ ...oneQuery<TAgency>(useApiClient(), 'agencies', id ?? ''), enabled: !!id });
}
export function useAgents(params: ListParams, enabled = true) {
  return useQuery({ ...listQuery<TAgent>(useApiClient(), 'agents', params), enabled });
}
export function useSupervisionRecords(params: ListParams) {
  return useQuery(listQuery<TSupervisionRecord>(useApiClient(), 'supervision-records', params));
}
export function useTrainingEvents(params: ListParams) {
  return useQuery(listQuery<TTrainingEvent>(useApiClient(), 'training-events', params));
}
export function useTrainingEvent(id: string) {
  return useQuery(oneQuery<TTrainingEvent>(useApiClient(), 'training-events', id));
}
export function useTrainingRegistrations(params: ListParams) {
  return useQuery(listQuery<TTrainingRegistration>(useApiClient(), 'training-registrations', params));
}
/** Supervision by results: read from the creation pillar by the server; a 503 when creation cannot answer. */
export function useSupervisionResults(params: { from: string; to: string; district?: string }) {
  const client = useApiClient();
  const query = Object.fromEntries(Object.entries(params).filter(([, v]) => v)) as ListParams;
  return useQuery({
    queryKey: psKeys.list('supervision-results', query),
    queryFn: ({ signal }) => client.get<TSupervisionResults>(path('/supervision/results'), { query, signal }),
    placeholderData: keepPreviousData,
  });
}
export function usePolicies(params: ListParams) {
  return useQuery(listQuery<TPolicyHit>(useApiClient(), 'policies', params));
}
export function usePolicy(id: string | null) {
  return useQuery({ ...oneQuery<TPolicyDetail>(useApiClient(), 'policies', id ?? ''), enabled: !!id });
}
export function useInfoRequests(params: ListParams) {
  return useQuery(listQuery<TInfoRequest>(useApiClient(), 'info-requests', params));
}
export function useInfoRequest(id: string | null) {
  return useQuery({ ...oneQuery<TInfoRequestDetail>(useApiClient(), 'info-requests', id ?? ''), enabled: !!id });
}
export function useNavigationProjects(params: ListParams) {
  return useQuery(listQuery<TNavigationProject>(useApiClient(), 'navigation-projects', params));
}
export function useTrusteeshipContracts(params: ListParams) {
  return useQuery(listQuery<TTrusteeshipContract>(useApiClient(), 'trusteeship-contracts', params));
}
export function useTrusteeshipContract(id: string | null) {
  return useQuery({ ...oneQuery<TTrusteeshipContractDetail>(useApiClient(), 'trusteeship-contracts', id ?? ''), enabled: !!id });
}
export function useMetric(key: string, params: ListParams) {
  return useQuery(metricQuery(useApiClient(), key, params));
}
/** One metric over several windows (a year-end series, months of a year), fetched in parallel. */
export function useMetricSeries(key: string, windows: ListParams[]) {
  const client = useApiClient();
  return useQueries({ queries: windows.map((w) => metricQuery(client, key, w)) });
}

/** A write that refreshes every cached public-services read once it succeeds. */
function useWrite<TData, TVariables>(call: (client: ApiClient, variables: TVariables) => Promise<TData>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TData, ApiError, TVariables>({
    mutationFn: (variables) => call(client, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: psKeys.all }),
  });
}

export const useRegisterAgency = () => useWrite((c, body: TAgencyCreate) => c.post<TAgency>(path('/agencies'), body));
export const useCreateAgent = () => useWrite((c, body: TAgentCreate) => c.post<TAgentDetail>(path('/agents'), body));
export const useSupervisionTransition = () =>
  useWrite((c, v: { id: string; action: TSupervisionAction; version: number; date: string; note?: string }) =>
    c.post<TSupervisionRecordDetail>(path(`/supervision-records/${v.id}/actions/${v.action}`), { version: v.version, date: v.date, note: v.note ?? '' }),
  );
export const useCreateTrainingEvent = () => useWrite((c, body: TTrainingEventCreate) => c.post<TTrainingEvent>(path('/training-events'), body));
export const useUpdateTrainingEvent = () =>
  useWrite((c, v: { id: string; body: TTrainingEventUpdate }) => c.patch<TTrainingEvent>(path(`/training-events/${v.id}`), v.body));
export const useRegisterForTraining = () =>
  useWrite((c, v: { eventId: string; body: TTrainingRegistrationCreate }) => c.post<TTrainingRegistration>(path(`/training-events/${v.eventId}/registrations`), v.body));
/** Marks attendance (or withdraws it with null) against the version read. */
export const useMarkAttendance = () =>
  useWrite((c, v: { id: string; version: number; attendedOn: string | null }) =>
    c.post<TTrainingRegistration>(path(`/training-registrations/${v.id}/attendance`), { version: v.version, attendedOn: v.attendedOn }),
  );
export const useCreateSupervisionRecord = () => useWrite((c, body: TSupervisionCreate) => c.post<TSupervisionRecordDetail>(path('/supervision-records'), body));
export const useMoveAgent = () => useWrite((c, v: { id: string; body: TAgentMove }) => c.post<TAgentDetail>(path(`/agents/${v.id}/move`), v.body));
export const useCreatePolicy = () => useWrite((c, body: TPolicyCreate) => c.post<TPolicyDetail>(path('/policies'), body));
export const useCreateInfoRequest = () => useWrite((c, body: TInfoRequestCreate) => c.post<TInfoRequestDetail>(path('/info-requests'), body));
export const useInfoRequestTransition = () =>
  useWrite((c, v: { id: string; body: TInfoRequestTransition }) => c.post<TInfoRequestDetail>(path(`/info-requests/${v.id}/transitions`), v.body));
export const useCreateNavigationProject = () => useWrite((c, body: TNavigationProjectCreate) => c.post<TNavigationProject>(path('/navigation-projects'), body));
export const useCreateTrusteeship = () => useWrite((c, body: TTrusteeshipCreate) => c.post<TTrusteeshipContractDetail>(path('/trusteeship-contracts'), body));
export const useAddTrusteeshipService = () =>
  useWrite((c, v: { id: string; body: TTrusteeshipServiceCreate }) => c.post<TTrusteeshipContractDetail>(path(`/trusteeship-contracts/${v.id}/services`), v.body));
export const useTerminateTrusteeship = () =>
  useWrite((c, v: { id: string; body: TTrusteeshipTerminate }) => c.post<TTrusteeshipContractDetail>(path(`/trusteeship-contracts/${v.id}/terminate`), v.body));
/** Corrections sent with the version read: a stale one is refused (409) and nothing changes. */
export const useUpdateNavigationProject = () =>
  useWrite((c, v: { id: string; body: TNavigationProjectUpdate }) => c.patch<TNavigationProject>(path(`/navigation-projects/${v.id}`), v.body));
export const useUpdateTrusteeship = () =>
  useWrite((c, v: { id: string; body: TTrusteeshipUpdate }) => c.patch<TTrusteeshipContractDetail>(path(`/trusteeship-contracts/${v.id}`), v.body));
