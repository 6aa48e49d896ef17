import { loadServiceConfig, type ServiceConfig } from '@ipbureau/nest-kit';

/** Who this service is: its URL prefix `/api/protection`, its schema and its local port. */
export const PROTECTION_SERVICE = { service: 'protection', schema: 'protection', defaultPort: 4104 } as const;

export function loadProtectionConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return loadServiceConfig(PROTECTION_SERVICE, env);
}
