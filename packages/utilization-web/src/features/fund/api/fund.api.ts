import type { TPage } from '@ipbureau/domain';
import type {
  TFund,
  TFundBalance,
  TFundBalanceSeries,
  TFundClaim,
  TFundClaimCreate,
  TFundClaimListQuery,
  TFundContribution,
  TFundEntry,
  TFundLedgerQuery,
  TFundRule,
  TInterestSubsidy,
  TInterestSubsidyCreate,
  TInterestSubsidyDetail,
  TInterestSubsidyListQuery,
  TPaymentApproval,
  TPaymentApprovalListQuery,
  TPaymentDecision,
  TPaymentKind,
  TPremiumSubsidyPayment,
  TPremiumSubsidyPaymentCreate,
  TPremiumSubsidyPaymentListQuery,
} from '@ipbureau/domain/utilization';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const path = (p: string) => servicePath('utilization', p);

/** Where each payment kind's own record takes the checker's decision. */
const DECISION_ROOT: Record<TPaymentKind, string> = { fund_claim: '/fund-claims', interest_subsidy: '/interest-subsidies', premium_subsidy: '/premium-subsidy-payments' };

/** The utilization service's fund, claim, interest-subsidy and approval endpoints. */
export const fundApi = {
  funds: (client: ApiClient, signal?: AbortSignal) => client.get<TFund[]>(path('/funds'), { signal }),
  fund: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TFund>(path(`/funds/${id}`), { signal }),
  rules: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TFundRule[]>(path(`/funds/${id}/rules`), { signal }),
  ledger: (client: ApiClient, id: string, query: TFundLedgerQuery, signal?: AbortSignal) => client.get<TPage<TFundEntry>>(path(`/funds/${id}/ledger`), { query, signal }),
  balance: (client: ApiClient, id: string, asOf: string | undefined, signal?: AbortSignal) => client.get<TFundBalance>(path(`/funds/${id}/balance`), { query: { asOf }, signal }),
  series: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TFundBalanceSeries>(path(`/funds/${id}/balance-series`), { signal }),
  contribute: (client: ApiClient, id: string, body: TFundContribution) => client.post<TFundEntry>(path(`/funds/${id}/contributions`), body),

  claims: (client: ApiClient, query: TFundClaimListQuery, signal?: AbortSignal) => client.get<TPage<TFundClaim>>(path('/fund-claims'), { query, signal }),
  claim: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TFundClaim>(path(`/fund-claims/${id}`), { signal }),
  createClaim: (client: ApiClient, body: TFundClaimCreate) => client.post<TFundClaim>(path('/fund-claims'), body),

  subsidies: (client: ApiClient, query: TInterestSubsidyListQuery, signal?: AbortSignal) => client.get<TPage<TInterestSubsidy>>(path('/interest-subsidies'), { query, signal }),
  subsidy: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TInterestSubsidyDetail>(path(`/interest-subsidies/${id}`), { signal }),
  createSubsidy: (client: ApiClient, body: TInterestSubsidyCreate) => client.post<TInterestSubsidyDetail>(path('/interest-subsidies'), body),

  premiumPayments: (client: ApiClient, query: TPremiumSubsidyPaymentListQuery, signal?: AbortSignal) =>
    client.get<TPage<TPremiumSubsidyPayment>>(path('/premium-subsidy-payments'), { query, signal }),
  premiumPayment: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TPremiumSubsidyPayment>(path(`/premium-subsidy-payments/${id}`), { signal }),
  createPremiumPayment: (client: ApiClient, body: TPremiumSubsidyPaymentCreate) => client.post<TPremiumSubsidyPayment>(path('/premium-subsidy-payments'), body),

  approvals: (client: ApiClient, query: TPaymentApprovalListQuery, signal?: AbortSignal) => client.get<TPage<TPaymentApproval>>(path('/payment-approvals'), { query, signal }),
  /** The checker's decision goes to the payment's own resource, which pays it in the same step. */
  decide: (client: ApiClient, kind: TPaymentKind, id: string, body: TPaymentDecision) =>
    client.post<TFundClaim | TInterestSubsidyDetail | TPremiumSubsidyPayment>(path(`${DECISION_ROOT[kind]}/${id}/decision`), body),
};
