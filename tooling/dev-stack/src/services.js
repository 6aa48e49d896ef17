// The five services, their schemas and their local ports. One table so start, dev, the proxy
// and the browser test agree.
export const SERVICES = [
  { name: 'platform', schema: 'platform', port: 4101, dir: 'apps/platform-api' },
  { name: 'creation', schema: 'creation', port: 4102, dir: 'apps/creation-api' },
  { name: 'utilization', schema: 'utilization', port: 4103, dir: 'apps/utilization-api' },
  { name: 'protection', schema: 'protection', port: 4104, dir: 'apps/protection-api' },
  { name: 'public-services', schema: 'public_services', port: 4105, dir: 'apps/public-services-api' },
];

export const WEB_PORT = 8080;
