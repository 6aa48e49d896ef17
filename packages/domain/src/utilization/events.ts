import { z } from 'zod';
import { ZAwardGrade, ZAwardKind, ZAwardLevel } from '../common/awards.js';
import { ZCalendarDate, ZRegionCode } from '../common/scalars.js';
import { ZPatentNumber } from '../validators/patent-number.js';
import { ZTrademarkNumber } from '../validators/trademark.js';

/**
 * Domain events the utilization pillar publishes about pledges, consumed by other pillars (the
 * creation pillar keeps which patents are pledged, one criterion of a high-value invention
 * patent). `eventId` is unique per event: a consumer applies each one once, however often it is
 * delivered.
 */
export const ZPledgedRight = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('patent'), number: ZPatentNumber.describe('Patent number, e.g. ZL201710601862.3 (the ZL may be left out)') }),
  z.strictObject({ kind: z.literal('trademark'), number: ZTrademarkNumber }),
  z.strictObject({ kind: z.literal('gi'), number: ZTrademarkNumber }),
]);
export type TPledgedRight = z.infer<typeof ZPledgedRight>;

const common = {
  eventId: z.uuid().describe('Unique id of this event; a redelivery carries the same id'),
  pledgeId: z.uuid().describe('The pledge in utilization-api'),
  rights: z.array(ZPledgedRight).min(1).max(100).describe('The rights pledged'),
  regionCode: ZRegionCode.describe('District of the pledgor'),
};

/** A pledge was registered 质押登记 with CNIPA on `registeredOn`: its rights are pledged from then on. */
export const ZPledgeRegisteredEvent = z.strictObject({
  type: z.literal('pledge.registered'),
  ...common,
  registeredOn: ZCalendarDate,
});
export type TPledgeRegisteredEvent = z.infer<typeof ZPledgeRegisteredEvent>;

/** A pledge was released 质押注销 on `releasedOn` (repaid or otherwise ended): its rights are free from then on. */
export const ZPledgeReleasedEvent = z.strictObject({
  type: z.literal('pledge.released'),
  ...common,
  releasedOn: ZCalendarDate,
});
export type TPledgeReleasedEvent = z.infer<typeof ZPledgeReleasedEvent>;

export const ZPledgeEventMessage = z.discriminatedUnion('type', [ZPledgeRegisteredEvent, ZPledgeReleasedEvent]);
export type TPledgeEventMessage = z.infer<typeof ZPledgeEventMessage>;

export const PLEDGE_EVENT_TYPES = ['pledge.registered', 'pledge.released'] as const;

/**
 * A patent award 专利奖 or S&T award was recorded at the utilization pillar (plan 四.三 awards) for
 * a patent: the creation pillar adds it to the patent's awards (a national award is one of the
 * five high-value criteria). `awardId` is the award in utilization-api; a consumer applies each
 * `eventId` once and keeps at most one award per `awardId`.
 */
export const ZAwardGrantedEvent = z.strictObject({
  type: z.literal('award.granted'),
  eventId: z.uuid().describe('Unique id of this event; a redelivery carries the same id'),
  awardId: z.uuid().describe('The award in utilization-api'),
  patentNumber: ZPatentNumber.describe('The awarded patent, e.g. ZL201710601862.3'),
  kind: ZAwardKind.describe('patent_award: 中国专利奖 or a provincial/municipal patent award; sci_tech_award: 科学技术奖'),
  level: ZAwardLevel,
  year: z.int().min(1985).max(2100),
  grade: ZAwardGrade,
  regionCode: ZRegionCode.describe('District of the award holder'),
});
export type TAwardGrantedEvent = z.infer<typeof ZAwardGrantedEvent>;
