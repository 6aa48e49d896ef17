export { HealthTag } from './health-tag';
export type { HealthState } from './health-tag';
