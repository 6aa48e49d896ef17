export { DateTime, formatDateTime } from './date-time';
export type { DateTimeProps, FormatDateTimeOptions } from './date-time';
