import { loadServiceConfig, type ServiceConfig } from '@ipbureau/nest-kit';

/** Who this service is: its URL prefix `/api/creation`, its schema and its local port. */
export const CREATION_SERVICE = { service: 'creation', schema: 'creation', defaultPort: 4102 } as const;

export function loadCreationConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return loadServiceConfig(CREATION_SERVICE, env);
}
