import { loadServiceConfig, type ServiceConfig } from '@ipbureau/nest-kit';

/** Who this service is: its URL prefix `/api/utilization`, its schema and its local port. */
export const UTILIZATION_SERVICE = { service: 'utilization', schema: 'utilization', defaultPort: 4103 } as const;

export function loadUtilizationConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return loadServiceConfig(UTILIZATION_SERVICE, env);
}
