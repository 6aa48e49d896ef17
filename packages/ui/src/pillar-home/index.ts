export { PillarHome } from './pillar-home';
export type { PillarHomeProps } from './pillar-home';
