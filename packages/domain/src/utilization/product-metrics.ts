/**
 * The product metrics the utilization service computes (`GET /api/utilization/metrics/<key>`),
 * all flows over a period:
 * - insurance.contracts_in_period / insured_sum_in_period: policies whose cover starts in it;
 * - transfers.contracts_in_period (and .assignment / .license): contracts signed in it;
 * - transfers.amount_in_period: Σ their amounts;
 * - awards.count_in_period (and .national / .provincial / .municipal): awards of the years in it;
 * - securitization.amount_in_period: Σ amounts of products issued in it.
 */
export const PRODUCT_METRIC_KEYS = {
  insuranceContracts: 'insurance.contracts_in_period',
  insuredSum: 'insurance.insured_sum_in_period',
  transferContracts: 'transfers.contracts_in_period',
  assignmentContracts: 'transfers.contracts_in_period.assignment',
  licenseContracts: 'transfers.contracts_in_period.license',
  transferAmount: 'transfers.amount_in_period',
  awards: 'awards.count_in_period',
  nationalAwards: 'awards.count_in_period.national',
  provincialAwards: 'awards.count_in_period.provincial',
  municipalAwards: 'awards.count_in_period.municipal',
  securitizationAmount: 'securitization.amount_in_period',
} as const;
export type TProductMetricKey = (typeof PRODUCT_METRIC_KEYS)[keyof typeof PRODUCT_METRIC_KEYS];
