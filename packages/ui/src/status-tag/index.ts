export { StatusTag } from './status-tag';
export type { StatusTagProps, StatusTone } from './status-tag';
