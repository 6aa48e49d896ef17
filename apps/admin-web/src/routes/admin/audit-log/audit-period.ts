import { addDays } from '@ipbureau/domain';

/**
 * A period of calendar days as the instants the audit search takes: from the start of the first
 * day to the start of the day after the last (the service's `to` is exclusive), in China Standard
 * Time, whatever zone the browser is in.
 */
export function periodBounds(firstDay: string | undefined, lastDay: string | undefined): { from?: string; to?: string } {
  return {
    ...(firstDay ? { from: `${firstDay}T00:00:00+08:00` } : {}),
    ...(lastDay ? { to: `${addDays(lastDay, 1)}T00:00:00+08:00` } : {}),
  };
}
