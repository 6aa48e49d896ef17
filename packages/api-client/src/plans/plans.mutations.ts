import type { TIndicator, TIndicatorCreate, TIndicatorUpdate, TPlanCreate, TPlanDetail, TPlanProgress, TPlanStatusChange, TPlanUpdate, TPopulation, TPopulationInput, TProgressQuery, TTask, TTaskCreate, TTaskReport, TTaskReportCreate } from '@ipbureau/domain/plans';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { useInvalidatingMutation, type CallerOptions } from '../react/invalidating-mutation';
import { plansApi, type TTaskUpdateVariables } from './plans.api';

/** A change to a plan's definition changes its lists, detail, progress and report. */
const planAndLists = (id: string) => [queryKeys.plans.lists(), queryKeys.plans.one(id)];

export function useCreatePlan(options?: CallerOptions<TPlanDetail, TPlanCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TPlanCreate) => plansApi.create(client, body), () => [queryKeys.plans.lists()], options);
}

export type TPlanUpdateVariables = { id: string; body: TPlanUpdate };

export function useUpdatePlan(options?: CallerOptions<TPlanDetail, TPlanUpdateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: TPlanUpdateVariables) => plansApi.update(client, id, body), (_plan, { id }) => planAndLists(id), options);
}

export type TPlanStatusVariables = { id: string; body: TPlanStatusChange };

export function useChangePlanStatus(options?: CallerOptions<TPlanDetail, TPlanStatusVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: TPlanStatusVariables) => plansApi.changeStatus(client, id, body), (_plan, { id }) => planAndLists(id), options);
}

export type TIndicatorCreateVariables = { planId: string; body: TIndicatorCreate };

export function useAddIndicator(options?: CallerOptions<TIndicator, TIndicatorCreateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ planId, body }: TIndicatorCreateVariables) => plansApi.addIndicator(client, planId, body), (_i, { planId }) => planAndLists(planId), options);
}

export type TIndicatorUpdateVariables = { planId: string; indicatorId: string; body: TIndicatorUpdate };

export function useUpdateIndicator(options?: CallerOptions<TIndicator, TIndicatorUpdateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ planId, indicatorId, body }: TIndicatorUpdateVariables) => plansApi.updateIndicator(client, planId, indicatorId, body),
    (_i, { planId }) => planAndLists(planId),
    options,
  );
}

export type TTaskCreateVariables = { planId: string; body: TTaskCreate };

export function useCreateTask(options?: CallerOptions<TTask, TTaskCreateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ planId, body }: TTaskCreateVariables) => plansApi.createTask(client, planId, body), (_t, { planId }) => [queryKeys.plans.tasks(planId)], options);
}

export function useUpdateTask(options?: CallerOptions<TTask, TTaskUpdateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ planId, taskId, body }: TTaskUpdateVariables) => plansApi.updateTask(client, planId, taskId, body), (_t, { planId }) => [queryKeys.plans.tasks(planId)], options);
}

export type TTaskReportVariables = { planId: string; taskId: string; body: TTaskReportCreate };

export function useReportTask(options?: CallerOptions<TTaskReport, TTaskReportVariables>) {
  const client = useApiClient();
  // The board shows each task's latest report and the evaluation report lists them.
  return useInvalidatingMutation(({ planId, taskId, body }: TTaskReportVariables) => plansApi.reportTask(client, planId, taskId, body), (_r, { planId }) => [queryKeys.plans.one(planId)], options);
}

export type TProgressRefreshVariables = { planId: string; params: TProgressQuery };

/** Recomputes a plan's progress from the pillars; every cached date and district of it is read again. */
export function useRefreshProgress(options?: CallerOptions<TPlanProgress | undefined, TProgressRefreshVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ planId, params }: TProgressRefreshVariables) => plansApi.refreshProgress(client, planId, params), (_p, { planId }) => [queryKeys.plans.progresses(planId)], options);
}

export function useUpsertPopulation(options?: CallerOptions<TPopulation, TPopulationInput>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TPopulationInput) => plansApi.upsertPopulation(client, body), () => [queryKeys.population.all, queryKeys.plans.all], options);
}
