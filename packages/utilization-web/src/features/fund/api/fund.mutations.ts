import type { TFundClaim, TFundClaimCreate, TFundContribution, TFundEntry, TInterestSubsidyCreate, TInterestSubsidyDetail, TPaymentDecision, TPaymentKind, TPremiumSubsidyPayment, TPremiumSubsidyPaymentCreate } from '@ipbureau/domain/utilization';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { fundApi } from './fund.api';
import { fundKeys } from './fund.queries';
import { productKeys } from '../../products/api/products.queries';

// Money moves balances, ledgers, queues and metrics at once: every write marks all of them stale
// (and the insurance policies, which show the premium subsidies paid on them).
const moneyChanged = () => [fundKeys.all, fundKeys.metrics(), productKeys.all('insurance-policies')];

export type TContributionVariables = { fundId: string; body: TFundContribution };
export function useContribute(options?: CallerOptions<TFundEntry, TContributionVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ fundId, body }: TContributionVariables) => fundApi.contribute(client, fundId, body), moneyChanged, options);
}

export function useCreateClaim(options?: CallerOptions<TFundClaim, TFundClaimCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TFundClaimCreate) => fundApi.createClaim(client, body), moneyChanged, options);
}

export function useCreateInterestSubsidy(options?: CallerOptions<TInterestSubsidyDetail, TInterestSubsidyCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TInterestSubsidyCreate) => fundApi.createSubsidy(client, body), moneyChanged, options);
}

export function useCreatePremiumPayment(options?: CallerOptions<TPremiumSubsidyPayment, TPremiumSubsidyPaymentCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TPremiumSubsidyPaymentCreate) => fundApi.createPremiumPayment(client, body), moneyChanged, options);
}

export type TDecisionVariables = { kind: TPaymentKind; id: string; body: TPaymentDecision };
export function useDecidePayment(options?: CallerOptions<TFundClaim | TInterestSubsidyDetail | TPremiumSubsidyPayment, TDecisionVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ kind, id, body }: TDecisionVariables) => fundApi.decide(client, kind, id, body), moneyChanged, options);
}
