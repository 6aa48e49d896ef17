export { ExportButton } from './export-button';
export type { ExportButtonProps } from './export-button';
