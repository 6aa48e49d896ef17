import type { TPatentCreate, TPatentDetail, TPatentTransition, TPatentUpdate } from '@ipbureau/domain/creation';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { metricKeys } from '../../metrics/metrics.queries';
import { patentsApi } from './patents.api';
import { patentKeys } from './patents.queries';

export function useRegisterPatent(options?: CallerOptions<TPatentDetail, TPatentCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TPatentCreate) => patentsApi.register(client, body), () => [patentKeys.lists()], options);
}

export type TPatentUpdateVariables = { id: string; body: TPatentUpdate };

export function useUpdatePatent(options?: CallerOptions<TPatentDetail, TPatentUpdateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: TPatentUpdateVariables) => patentsApi.update(client, id, body), (_p, { id }) => [patentKeys.lists(), patentKeys.detail(id)], options);
}

export type TPatentTransitionVariables = { id: string; body: TPatentTransition };

/** A status change moves the patent between list filters and changes the figures. */
export function useTransitionPatent(options?: CallerOptions<TPatentDetail, TPatentTransitionVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, body }: TPatentTransitionVariables) => patentsApi.transition(client, id, body),
    (_p, { id }) => [patentKeys.lists(), patentKeys.detail(id), metricKeys.all],
    options,
  );
}
