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
  premiumSubsidies: `${UTILIZATION_BASE}/premium-subsidies`,
  premiumSubsidyPayment: (id: string) => `${UTILIZATION_BASE}/premium-subsidy-payments/${id}`,
};

/** The products' screens: awards, transfers, commercialization projects, insurance, securitization. */
export const productPaths = {
  awards: `${UTILIZATION_BASE}/awards`,
  awardCreate: `${UTILIZATION_BASE}/awards/new`,
  award: (id: string) => `${UTILIZATION_BASE}/awards/${id}`,
  transfers: `${UTILIZATION_BASE}/transfers`,
  transferCreate: `${UTILIZATION_BASE}/transfers/new`,
  transfer: (id: string) => `${UTILIZATION_BASE}/transfers/${id}`,
  projects: `${UTILIZATION_BASE}/projects`,
  projectCreate: `${UTILIZATION_BASE}/projects/new`,
  project: (id: string) => `${UTILIZATION_BASE}/projects/${id}`,
  insurance: `${UTILIZATION_BASE}/insurance`,
  insuranceCreate: `${UTILIZATION_BASE}/insurance/new`,
  policy: (id: string) => `${UTILIZATION_BASE}/insurance/${id}`,
  securitization: `${UTILIZATION_BASE}/securitization`,
  securitizationCreate: `${UTILIZATION_BASE}/securitization/new`,
  securitizationProduct: (id: string) => `${UTILIZATION_BASE}/securitization/${id}`,
  overview: `${UTILIZATION_BASE}/products-overview`,
};
