import { loadServiceConfig, type ServiceConfig } from '@ipbureau/nest-kit';

/** Who this service is: URL prefix `/api/public-services`, schema `public_services`, port 4105. */
export const PUBLIC_SERVICES_SERVICE = { service: 'public-services', schema: 'public_services', defaultPort: 4105 } as const;

export function loadPublicServicesConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return loadServiceConfig(PUBLIC_SERVICES_SERVICE, env);
}
