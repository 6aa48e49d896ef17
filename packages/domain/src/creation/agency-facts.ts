import { z } from 'zod';
import { ZCalendarDate } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';

/**
 * Supervision by results (plan 四.五): per patent agency, and per practising agent within it, how
 * its applications fared. The creation pillar owns the patents, so it answers this from its
 * tables; the public-services pillar reads it over HTTP (`GET /api/creation/agency-facts`) and
 * ranks agencies by it. A patent counts for the agency (and agent) recorded on it.
 */
export const ZAgencyFactsQuery = z.strictObject({
  from: ZCalendarDate.describe('First filing date counted (inclusive)'),
  to: ZCalendarDate.describe('Last filing date counted (inclusive)'),
  district: z.string().regex(/^\d{6}$/).optional().describe('Only patents of this district (6-digit division code; a city or province code covers its districts)'),
  agencyCreditCode: ZCreditCode.optional().describe('Only this agency'),
});
export type TAgencyFactsQuery = z.infer<typeof ZAgencyFactsQuery>;

export const ZAgencyFactsRow = z.object({
  agencyCreditCode: ZCreditCode,
  /** null: the agency's row as a whole (all its agents, and applications with no agent recorded). */
  agentLicenceNumber: z.string().nullable(),
  /** Applications filed in [from, to]. */
  filed: z.int().min(0),
  /** Of those, granted by the `to` date. */
  granted: z.int().min(0),
  /** Of those, finally refused 驳回 or withdrawn 撤回 (deemed or actual) by the `to` date. */
  refusedOrWithdrawn: z.int().min(0),
  /** Of those, flagged as abnormal applications 非正常专利申请 (at any time up to `to`). */
  flaggedAbnormal: z.int().min(0),
});
export type TAgencyFactsRow = z.infer<typeof ZAgencyFactsRow>;

export const ZAgencyFacts = z.object({
  from: ZCalendarDate,
  to: ZCalendarDate,
  /** One row per agency (agentLicenceNumber null) and one per agent of it with any application. */
  items: z.array(ZAgencyFactsRow),
});
export type TAgencyFacts = z.infer<typeof ZAgencyFacts>;
