import type { TSubsidyAct, TSubsidyApplicationDetail } from '@ipbureau/domain/creation';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { metricKeys } from '../../metrics/metrics.queries';
import { subsidiesApi } from './subsidies.api';
import { subsidyKeys } from './subsidies.queries';

export type TSubsidyActVariables = { id: string; body: TSubsidyAct };

/** A review step moves the application between list filters; a payment changes the figures. */
export function useSubsidyAct(options?: CallerOptions<TSubsidyApplicationDetail, TSubsidyActVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, body }: TSubsidyActVariables) => subsidiesApi.act(client, id, body),
    (_s, { id }) => [subsidyKeys.lists(), subsidyKeys.detail(id), metricKeys.all],
    options,
  );
}
