import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TFundClaimListQuery, TFundLedgerQuery, TInterestSubsidyListQuery, TPaymentApprovalListQuery, TPaymentKind, TPremiumSubsidyPaymentListQuery } from '@ipbureau/domain/utilization';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { fundApi } from './fund.api';

/** Cache keys of the fund and subsidy screens. Every payment moves `all`: lists, balances, the queue. */
export const fundKeys = {
  all: ['utilization', 'money'] as const,
  funds: () => [...fundKeys.all, 'funds'] as const,
  fund: (id: string) => [...fundKeys.all, 'fund', id] as const,
  ledger: (id: string, query: TFundLedgerQuery) => [...fundKeys.fund(id), 'ledger', query] as const,
  series: (id: string) => [...fundKeys.fund(id), 'series'] as const,
  rules: (id: string) => [...fundKeys.fund(id), 'rules'] as const,
  claims: (query: TFundClaimListQuery) => [...fundKeys.all, 'claims', query] as const,
  claim: (id: string) => [...fundKeys.all, 'claim', id] as const,
  subsidies: (query: TInterestSubsidyListQuery) => [...fundKeys.all, 'subsidies', query] as const,
  subsidy: (id: string) => [...fundKeys.all, 'subsidy', id] as const,
  premiumPayment: (id: string) => [...fundKeys.all, 'premium-payment', id] as const,
  premiumPayments: (query: TPremiumSubsidyPaymentListQuery) => [...fundKeys.all, 'premium-payments', query] as const,
  approvals: (query: TPaymentApprovalListQuery) => [...fundKeys.all, 'approvals', query] as const,
  metrics: () => ['utilization', 'metrics'] as const,
};

export const fundQueries = {
  funds: (client: ApiClient) => queryOptions({ queryKey: fundKeys.funds(), queryFn: ({ signal }) => fundApi.funds(client, signal) }),
  ledger: (client: ApiClient, id: string, query: TFundLedgerQuery) =>
    queryOptions({ queryKey: fundKeys.ledger(id, query), queryFn: ({ signal }) => fundApi.ledger(client, id, query, signal), placeholderData: keepPreviousData }),
  series: (client: ApiClient, id: string) => queryOptions({ queryKey: fundKeys.series(id), queryFn: ({ signal }) => fundApi.series(client, id, signal) }),
  rules: (client: ApiClient, id: string) => queryOptions({ queryKey: fundKeys.rules(id), queryFn: ({ signal }) => fundApi.rules(client, id, signal) }),
  claims: (client: ApiClient, query: TFundClaimListQuery) => queryOptions({ queryKey: fundKeys.claims(query), queryFn: ({ signal }) => fundApi.claims(client, query, signal), placeholderData: keepPreviousData }),
  claim: (client: ApiClient, id: string) => queryOptions({ queryKey: fundKeys.claim(id), queryFn: ({ signal }) => fundApi.claim(client, id, signal) }),
  subsidies: (client: ApiClient, query: TInterestSubsidyListQuery) =>
    queryOptions({ queryKey: fundKeys.subsidies(query), queryFn: ({ signal }) => fundApi.subsidies(client, query, signal), placeholderData: keepPreviousData }),
  subsidy: (client: ApiClient, id: string) => queryOptions({ queryKey: fundKeys.subsidy(id), queryFn: ({ signal }) => fundApi.subsidy(client, id, signal) }),
  premiumPayments: (client: ApiClient, query: TPremiumSubsidyPaymentListQuery) =>
    queryOptions({ queryKey: fundKeys.premiumPayments(query), queryFn: ({ signal }) => fundApi.premiumPayments(client, query, signal), placeholderData: keepPreviousData }),
  premiumPayment: (client: ApiClient, id: string) => queryOptions({ queryKey: fundKeys.premiumPayment(id), queryFn: ({ signal }) => fundApi.premiumPayment(client, id, signal) }),
  approvals: (client: ApiClient, query: TPaymentApprovalListQuery) =>
    queryOptions({ queryKey: fundKeys.approvals(query), queryFn: ({ signal }) => fundApi.approvals(client, query, signal), placeholderData: keepPreviousData }),
};

export const useFunds = () => useQuery(fundQueries.funds(useApiClient()));
export function useFundLedger(id: string | undefined, query: TFundLedgerQuery) {
  return useQuery({ ...fundQueries.ledger(useApiClient(), id ?? '', query), enabled: !!id });
}
export function useFundSeries(id: string | undefined) {
  return useQuery({ ...fundQueries.series(useApiClient(), id ?? ''), enabled: !!id });
}
export function useFundRules(id: string | undefined) {
  return useQuery({ ...fundQueries.rules(useApiClient(), id ?? ''), enabled: !!id });
}
export const useFundClaims = (query: TFundClaimListQuery) => useQuery(fundQueries.claims(useApiClient(), query));
export const useInterestSubsidies = (query: TInterestSubsidyListQuery) => useQuery(fundQueries.subsidies(useApiClient(), query));
export const useInterestSubsidy = (id: string) => useQuery(fundQueries.subsidy(useApiClient(), id));
export const usePremiumPayments = (query: TPremiumSubsidyPaymentListQuery) => useQuery(fundQueries.premiumPayments(useApiClient(), query));
export const usePaymentApprovals = (query: TPaymentApprovalListQuery) => useQuery(fundQueries.approvals(useApiClient(), query));

/** The payment an approval decides, read in full so the checker sees what they approve. */
export function usePaymentSubject(kind: TPaymentKind, id: string) {
  const client = useApiClient();
  const claim = useQuery({ ...fundQueries.claim(client, id), enabled: kind === 'fund_claim' });
  const subsidy = useQuery({ ...fundQueries.subsidy(client, id), enabled: kind === 'interest_subsidy' });
  const premium = useQuery({ ...fundQueries.premiumPayment(client, id), enabled: kind === 'premium_subsidy' });
  const subject = { fund_claim: claim.data, interest_subsidy: subsidy.data, premium_subsidy: premium.data }[kind];
  return { claim: claim.data, subsidy: subsidy.data, premium: premium.data, version: subject?.version };
}
