import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TPopulationListQuery, TProgressQuery, TTaskListQuery } from '@ipbureau/domain/plans';
import type { ApiClient } from '../client/api-client';
import type { TServiceName } from '../client/services';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { plansApi, type TPlanListParams } from './plans.api';

/** While the server says the figures are stale it recomputes in the background; read again this often. */
export const STALE_PROGRESS_POLL_MS = 5_000;

export const plansQueries = {
  list: (client: ApiClient, params: TPlanListParams) =>
    queryOptions({ queryKey: queryKeys.plans.list(params), queryFn: ({ signal }) => plansApi.list(client, params, signal), placeholderData: keepPreviousData }),
  detail: (client: ApiClient, id: string) => queryOptions({ queryKey: queryKeys.plans.detail(id), queryFn: ({ signal }) => plansApi.get(client, id, signal) }),
  progress: (client: ApiClient, id: string, params: TProgressQuery) =>
    queryOptions({
      queryKey: queryKeys.plans.progress(id, params),
      queryFn: ({ signal }) => plansApi.progress(client, id, params, signal),
      // Another date or district keeps the cards on screen until its figures arrive.
      placeholderData: keepPreviousData,
      refetchInterval: (query) => (query.state.data?.stale ? STALE_PROGRESS_POLL_MS : false),
    }),
  tasks: (client: ApiClient, id: string, params: TTaskListQuery) =>
    queryOptions({ queryKey: queryKeys.plans.taskList(id, params), queryFn: ({ signal }) => plansApi.tasks(client, id, params, signal) }),
  taskReports: (client: ApiClient, id: string, taskId: string) =>
    queryOptions({ queryKey: queryKeys.plans.taskReports(id, taskId), queryFn: ({ signal }) => plansApi.taskReports(client, id, taskId, signal) }),
  report: (client: ApiClient, id: string, year: number) => queryOptions({ queryKey: queryKeys.plans.report(id, year), queryFn: ({ signal }) => plansApi.report(client, id, year, signal) }),
  population: (client: ApiClient, params: TPopulationListQuery) =>
    queryOptions({ queryKey: queryKeys.population.list(params), queryFn: ({ signal }) => plansApi.population(client, params, signal) }),
  metrics: (client: ApiClient, service: TServiceName) =>
    queryOptions({ queryKey: queryKeys.metrics.catalogue(service), queryFn: ({ signal }) => plansApi.metrics(client, service, signal), staleTime: 10 * 60_000 }),
};

export function usePlans(params: TPlanListParams = {}) {
  return useQuery(plansQueries.list(useApiClient(), params));
}

export function usePlan(id: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...plansQueries.detail(client, id ?? ''), enabled: Boolean(id) });
}

export function usePlanProgress(id: string | undefined, params: TProgressQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({ ...plansQueries.progress(client, id ?? '', params), enabled: Boolean(id) && (options.enabled ?? true) });
}

export function usePlanTasks(id: string | undefined, params: TTaskListQuery = {}) {
  const client = useApiClient();
  return useQuery({ ...plansQueries.tasks(client, id ?? '', params), enabled: Boolean(id) });
}

export function useTaskReports(id: string, taskId: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...plansQueries.taskReports(client, id, taskId ?? ''), enabled: Boolean(taskId) });
}

export function usePlanReport(id: string, year: number) {
  return useQuery(plansQueries.report(useApiClient(), id, year));
}

export function usePopulation(params: TPopulationListQuery = {}) {
  return useQuery(plansQueries.population(useApiClient(), params));
}

/** A pillar's metric catalogue; `enabled: false` until the form needs it. */
export function useMetricCatalogue(service: TServiceName | undefined) {
  const client = useApiClient();
  return useQuery({ ...plansQueries.metrics(client, service ?? 'creation'), enabled: Boolean(service) });
}
