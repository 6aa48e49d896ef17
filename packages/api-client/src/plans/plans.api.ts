import type { TMetricDefinition, TPage } from '@ipbureau/domain';
import type {
  TIndicator,
  TIndicatorCreate,
  TIndicatorUpdate,
  TPlan,
  TPlanCreate,
  TPlanDetail,
  TPlanListQuery,
  TPlanProgress,
  TPlanReport,
  TPlanStatusChange,
  TPlanUpdate,
  TPopulation,
  TPopulationInput,
  TPopulationListQuery,
  TProgressQuery,
  TTask,
  TTaskCreate,
  TTaskListQuery,
  TTaskReport,
  TTaskReportCreate,
  TTaskUpdate,
} from '@ipbureau/domain/plans';
import type { ApiClient } from '../client/api-client';
import { servicePath, type TServiceName } from '../client/services';

/**
 * Every address of the plan layer in one place (platform-api, `/api/platform`), so a path that
 * differs on the server is corrected here once.
 */
export const planPaths = {
  plans: () => servicePath('platform', '/plans'),
  plan: (id: string) => servicePath('platform', `/plans/${id}`),
  status: (id: string) => servicePath('platform', `/plans/${id}/status`),
  indicators: (id: string) => servicePath('platform', `/plans/${id}/indicators`),
  indicator: (id: string, indicatorId: string) => servicePath('platform', `/plans/${id}/indicators/${indicatorId}`),
  tasks: (id: string) => servicePath('platform', `/plans/${id}/tasks`),
  task: (id: string, taskId: string) => servicePath('platform', `/plans/${id}/tasks/${taskId}`),
  taskReports: (id: string, taskId: string) => servicePath('platform', `/plans/${id}/tasks/${taskId}/reports`),
  progress: (id: string) => servicePath('platform', `/plans/${id}/progress`),
  progressRefresh: (id: string) => servicePath('platform', `/plans/${id}/progress/refresh`),
  report: (id: string) => servicePath('platform', `/plans/${id}/report`),
  reportXlsx: (id: string) => servicePath('platform', `/plans/${id}/report.xlsx`),
  population: () => servicePath('platform', '/population'),
  /** A pillar's metric catalogue, what an indicator can be computed from. */
  metrics: (service: TServiceName) => servicePath(service, '/metrics'),
};

export type TPlanListParams = Partial<TPlanListQuery>;
export type TTaskUpdateVariables = { planId: string; taskId: string; body: TTaskUpdate };

export const plansApi = {
  list: (client: ApiClient, params: TPlanListParams, signal?: AbortSignal) => client.get<TPage<TPlan>>(planPaths.plans(), { query: params, signal }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TPlanDetail>(planPaths.plan(id), { signal }),
  create: (client: ApiClient, body: TPlanCreate) => client.post<TPlanDetail>(planPaths.plans(), body),
  update: (client: ApiClient, id: string, body: TPlanUpdate) => client.patch<TPlanDetail>(planPaths.plan(id), body),
  changeStatus: (client: ApiClient, id: string, body: TPlanStatusChange) => client.post<TPlanDetail>(planPaths.status(id), body),
  addIndicator: (client: ApiClient, id: string, body: TIndicatorCreate) => client.post<TIndicator>(planPaths.indicators(id), body),
  updateIndicator: (client: ApiClient, id: string, indicatorId: string, body: TIndicatorUpdate) => client.patch<TIndicator>(planPaths.indicator(id, indicatorId), body),
  removeIndicator: (client: ApiClient, id: string, indicatorId: string) => client.delete<void>(planPaths.indicator(id, indicatorId)),

  tasks: (client: ApiClient, id: string, params: TTaskListQuery, signal?: AbortSignal) => client.get<TTask[]>(planPaths.tasks(id), { query: params, signal }),
  createTask: (client: ApiClient, id: string, body: TTaskCreate) => client.post<TTask>(planPaths.tasks(id), body),
  updateTask: (client: ApiClient, id: string, taskId: string, body: TTaskUpdate) => client.patch<TTask>(planPaths.task(id, taskId), body),
  taskReports: (client: ApiClient, id: string, taskId: string, signal?: AbortSignal) => client.get<TTaskReport[]>(planPaths.taskReports(id, taskId), { signal }),
  reportTask: (client: ApiClient, id: string, taskId: string, body: TTaskReportCreate) => client.post<TTaskReport>(planPaths.taskReports(id, taskId), body),

  progress: (client: ApiClient, id: string, params: TProgressQuery, signal?: AbortSignal) => client.get<TPlanProgress>(planPaths.progress(id), { query: params, signal }),
  /** Recomputes from the pillars now; answers with the fresh figures (or nothing, then they are read again). */
  refreshProgress: (client: ApiClient, id: string, params: TProgressQuery) => client.post<TPlanProgress | undefined>(planPaths.progressRefresh(id), undefined, { query: params }),
  report: (client: ApiClient, id: string, year: number, signal?: AbortSignal) => client.get<TPlanReport>(planPaths.report(id), { query: { year }, signal }),
  /** The evaluation report as an XLSX file, fetched with the session so it can be saved. */
  reportXlsx: (client: ApiClient, id: string, year: number) => client.get<Blob>(planPaths.reportXlsx(id), { query: { year }, responseType: 'blob' }),

  population: (client: ApiClient, params: TPopulationListQuery, signal?: AbortSignal) => client.get<TPopulation[]>(planPaths.population(), { query: params, signal }),
  upsertPopulation: (client: ApiClient, body: TPopulationInput) => client.request<TPopulation>(planPaths.population(), { method: 'PUT', body }),

  metrics: (client: ApiClient, service: TServiceName, signal?: AbortSignal) => client.get<TMetricDefinition[]>(planPaths.metrics(service), { signal }),
};
