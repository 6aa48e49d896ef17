import type { TPledgeCreate, TPledgeDetail, TPledgeTransition, TPledgeUpdate } from '@ipbureau/domain/utilization';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { pledgesApi } from './pledges.api';
import { pledgeKeys } from './pledges.queries';

export function useApplyPledge(options?: CallerOptions<TPledgeDetail, TPledgeCreate>) {
  const client = useApiClient();
  // A new pledge may bring a new lender, or a new latest name for one, to the pickers.
  return useInvalidatingMutation((body: TPledgeCreate) => pledgesApi.apply(client, body), () => [pledgeKeys.lists(), pledgeKeys.lenders(), pledgeKeys.metrics()], options);
}

export type TPledgeTransitionVariables = { id: string; body: TPledgeTransition };

/** A step changes the pledge, every list page (status filters) and the figures. */
export function useTransitionPledge(options?: CallerOptions<TPledgeDetail, TPledgeTransitionVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, body }: TPledgeTransitionVariables) => pledgesApi.transition(client, id, body),
    (_pledge, { id }) => [pledgeKeys.lists(), pledgeKeys.detail(id), pledgeKeys.metrics()],
    options,
  );
}

export type TPledgeUpdateVariables = { id: string; body: TPledgeUpdate };

/** A corrected lender changes the pledge, the lists, the pickers and the financing by lender. */
export function useUpdatePledge(options?: CallerOptions<TPledgeDetail, TPledgeUpdateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, body }: TPledgeUpdateVariables) => pledgesApi.update(client, id, body),
    (_pledge, { id }) => [pledgeKeys.lists(), pledgeKeys.detail(id), pledgeKeys.lenders(), pledgeKeys.metrics()],
    options,
  );
}
