export { BeforeAfter, changedKeys } from './before-after';
export type { BeforeAfterProps } from './before-after';
