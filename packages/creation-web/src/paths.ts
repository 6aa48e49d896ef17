/** Where the pillar's screens live under admin-web (the module's basePath). */
export const CREATION_BASE = '/creation' as const;

export const creationPaths = {
  home: CREATION_BASE,
  overview: `${CREATION_BASE}/overview`,
  patents: `${CREATION_BASE}/patents`,
  patentCreate: `${CREATION_BASE}/patents/new`,
  patent: (id: string) => `${CREATION_BASE}/patents/${id}`,
  trademarks: `${CREATION_BASE}/trademarks`,
  trademarkCreate: `${CREATION_BASE}/trademarks/new`,
  trademark: (id: string) => `${CREATION_BASE}/trademarks/${id}`,
  enterprises: `${CREATION_BASE}/enterprises`,
  enterpriseCreate: `${CREATION_BASE}/enterprises/new`,
  enterprise: (id: string) => `${CREATION_BASE}/enterprises/${id}`,
  ipcMappings: `${CREATION_BASE}/ipc-industry-mappings`,
  subsidies: `${CREATION_BASE}/subsidies`,
  subsidy: (id: string) => `${CREATION_BASE}/subsidies/${id}`,
  clawbacks: `${CREATION_BASE}/subsidy-clawbacks`,
  imports: `${CREATION_BASE}/imports`,
  gis: `${CREATION_BASE}/geographical-indications`,
  giCreate: `${CREATION_BASE}/geographical-indications/new`,
  gi: (id: string) => `${CREATION_BASE}/geographical-indications/${id}`,
};
