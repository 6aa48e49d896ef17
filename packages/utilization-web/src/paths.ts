/** Where the pillar's screens live under admin-web (the module's basePath). */
export const UTILIZATION_BASE = '/utilization' as const;

export const utilizationPaths = {
  pledges: `${UTILIZATION_BASE}/pledges`,
  pledgeCreate: `${UTILIZATION_BASE}/pledges/new`,
  pledge: (id: string) => `${UTILIZATION_BASE}/pledges/${id}`,
  overview: `${UTILIZATION_BASE}/overview`,
  // Risk-compensation fund, interest subsidies, payment approvals (util-fund).
  fundLedger: `${UTILIZATION_BASE}/funds`,
  fundClaimCreate: `${UTILIZATION_BASE}/fund-claims/new`,
  interestSubsidies: `${UTILIZATION_BASE}/interest-subsidies`,
  interestSubsidyCreate: `${UTILIZATION_BASE}/interest-subsidies/new`,
  interestSubsidy: (id: string) => `${UTILIZATION_BASE}/interest-subsidies/${id}`,
  paymentApprovals: `${UTILIZATION_BASE}/payment-approvals`,
};
