/**
 * The pledge metrics the utilization service computes (`GET /api/utilization/metrics/<key>`):
 * - amount_in_period (flow): Σ loan amounts of pledges registered in the period — the plan's
 *   indicator 知识产权质押融资总额;
 * - count_in_period (flow): pledges registered in the period;
 * - outstanding (stock): principal disbursed and not yet repaid, of loans not released, as of a date.
 */
export const PLEDGE_METRIC_KEYS = {
  amountInPeriod: 'pledges.amount_in_period',
  countInPeriod: 'pledges.count_in_period',
  outstanding: 'pledges.outstanding',
} as const;
export type TPledgeMetricKey = (typeof PLEDGE_METRIC_KEYS)[keyof typeof PLEDGE_METRIC_KEYS];

