/**
 * The bureau works in China Standard Time whatever the computer's clock says, and its records are
 * read as Chinese dates (2025/03/01 09:30:00) in both UI languages, so a printout matches the
 * paper files.
 */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime ? 'time' : 'date'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('zh-CN', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export interface FormatDateTimeOptions {
  timeZone?: string;
  /** false shows the calendar date only. */
  withTime?: boolean;
}

/** An ISO 8601 instant as the bureau reads it; null when there is none or it cannot be read. */
export function formatDateTime(value: string | null | undefined, { timeZone = DEFAULT_TIME_ZONE, withTime = true }: FormatDateTimeOptions = {}): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return formatterFor(timeZone, withTime).format(date);
}

export interface DateTimeProps extends FormatDateTimeOptions {
  /** An ISO 8601 instant with offset, as the services send it. */
  value: string | null | undefined;
  /** Shown when there is no value (never signed in, no expiry). */
  empty?: string;
}

export function DateTime({ value, empty = '—', ...options }: DateTimeProps) {
  const text = formatDateTime(value, options);
  return text && value ? <time dateTime={value}>{text}</time> : <span>{empty}</span>;
}
