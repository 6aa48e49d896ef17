/** The services behind the one origin; each answers under `/api/<service>/…`. */
export const SERVICES = ['platform', 'creation', 'utilization', 'protection', 'public-services'] as const;
export type TServiceName = (typeof SERVICES)[number];

export function servicePath(service: TServiceName, path = ''): string {
  return `/api/${service}${path}`;
}
