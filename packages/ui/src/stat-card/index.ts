export { StatCard } from './stat-card';
export type { StatCardProps, StatTrend } from './stat-card';
