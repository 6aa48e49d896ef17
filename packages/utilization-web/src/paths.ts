/** Where the pillar's screens live under admin-web (the module's basePath). */
export const UTILIZATION_BASE = '/utilization' as const;

export const utilizationPaths = {
  pledges: `${UTILIZATION_BASE}/pledges`,
  pledgeCreate: `${UTILIZATION_BASE}/pledges/new`,
  pledge: (id: string) => `${UTILIZATION_BASE}/pledges/${id}`,
  overview: `${UTILIZATION_BASE}/overview`,
};
