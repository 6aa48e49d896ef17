import type { TTrademarkCreate, TTrademarkDetail, TTrademarkTransition } from '@ipbureau/domain/creation';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { metricKeys } from '../../metrics/metrics.queries';
import { trademarksApi } from './trademarks.api';
import { trademarkKeys } from './trademarks.queries';

export function useRegisterTrademark(options?: CallerOptions<TTrademarkDetail, TTrademarkCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TTrademarkCreate) => trademarksApi.register(client, body), () => [trademarkKeys.lists(), metricKeys.all], options);
}

export type TTrademarkTransitionVariables = { id: string; body: TTrademarkTransition };

/** A renewal, cancellation or invalidation changes the mark, the lists and the figures. */
export function useTransitionTrademark(options?: CallerOptions<TTrademarkDetail, TTrademarkTransitionVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, body }: TTrademarkTransitionVariables) => trademarksApi.transition(client, id, body),
    (_t, { id }) => [trademarkKeys.lists(), trademarkKeys.detail(id), metricKeys.all],
    options,
  );
}
