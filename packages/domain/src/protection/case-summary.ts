import { z } from 'zod';
import { ZCaseKind } from './cases.js';

/** Figures behind the protection overview: one calendar year of cases in the caller's data scope. */
export const ZCaseSummaryQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).describe('Calendar year; this year when left out').optional(),
});
export type TCaseSummaryQuery = z.infer<typeof ZCaseSummaryQuery>;

export const ZCaseSummary = z.object({
  year: z.int(),
  /** Cases registered in the year, by kind (every kind, zeros included). */
  byKind: z.array(z.object({ kind: ZCaseKind, registered: z.int() })),
  /** Cases registered and closed in each month of the year, January first. */
  byMonth: z.array(z.object({ month: z.string().describe('YYYY-MM'), registered: z.int(), closed: z.int() })),
  /** Cases open at the end of the year (or today, for the current year). */
  open: z.int(),
  /** Fines and confiscations decided in the year, exact yuan. */
  finesAndConfiscations: z.string(),
  /**
   * Handling time 办案时长 of the cases closed in the year, by kind: calendar days from registration
   * to closing, mean and continuous 90th percentile, to one decimal (null when none of the kind closed).
   */
  handlingTime: z.array(z.object({ kind: ZCaseKind, closed: z.int(), averageDays: z.string().nullable(), p90Days: z.string().nullable() })),
});
export type TCaseSummary = z.infer<typeof ZCaseSummary>;
