import { z } from 'zod';
import { ZCalendarDate, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';

/**
 * An agency sanctioned by public services (蓝天 supervision) is referred to the protection
 * pillar's credit blacklist 失信名单. Published in the same transaction as the sanction becoming
 * final; protection-api lists the agency on its blacklist (pending publication by its officers)
 * and applies each `eventId` once, keeping at most one entry per `referralId`.
 */
export const ZBlacklistReferredEvent = z.strictObject({
  type: z.literal('blacklist.referred'),
  eventId: z.uuid().describe('Unique id of this event; a redelivery carries the same id'),
  referralId: z.uuid().describe('The supervision record in public-services-api that referred it'),
  creditCode: ZCreditCode.describe('The sanctioned organization'),
  name: z.string().min(1).max(200).describe('Its registered name'),
  subjectKind: z.enum(['agency', 'infringer']).describe('agency: a patent/trademark agency; infringer: any other party'),
  grounds: z.string().min(1).max(2000).describe('Why: the violation found and the sanction decided'),
  violation: z.string().max(100).nullable().describe('The violation code, e.g. abnormal_applications'),
  decidedOn: ZCalendarDate.describe('Date the sanction decision took effect'),
  regionCode: ZRegionCode,
});
export type TBlacklistReferredEvent = z.infer<typeof ZBlacklistReferredEvent>;
