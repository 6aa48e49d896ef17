/**
 * The fund and subsidy metrics the utilization service computes (`GET /api/utilization/metrics/<key>`):
 * - fund.balance (stock): the risk-compensation fund's balance as of a date;
 * - fund.claims_paid_in_period (flow): Σ claim payments dated in the period;
 * - subsidies.interest_paid_in_period (flow): Σ interest subsidies paid in the period;
 * - subsidies.premium_paid_in_period (flow): Σ insurance premium subsidies paid in the period;
 * - subsidies.paid_in_period (flow): every subsidy paid in the period (interest + premium).
 */
export const FUND_METRIC_KEYS = {
  balance: 'fund.balance',
  claimsPaidInPeriod: 'fund.claims_paid_in_period',
  interestSubsidiesPaidInPeriod: 'subsidies.interest_paid_in_period',
  premiumSubsidiesPaidInPeriod: 'subsidies.premium_paid_in_period',
  subsidiesPaidInPeriod: 'subsidies.paid_in_period',
} as const;
export type TFundMetricKey = (typeof FUND_METRIC_KEYS)[keyof typeof FUND_METRIC_KEYS];
