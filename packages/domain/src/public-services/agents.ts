import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { registerDomainMessages } from '../common/messages.js';

/**
 * Practising patent agents 执业专利代理师. An agent practises at one agency at a time; a
 * practice runs from its start date up to (not including) its end date, so moving an agent on
 * a date ends one practice and starts the next on that same date.
 */
registerDomainMessages({
  'practice.endBeforeStart': { 'zh-CN': '执业终止日期须晚于开始日期', en: 'The practice must end after it starts' },
});

export const ZAgentPractice = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  district: ZRegionCode,
  startDate: ZCalendarDate,
  /** First day the agent no longer practises there; null while practising. */
  endDate: ZCalendarDate.nullable(),
});
export type TAgentPractice = z.infer<typeof ZAgentPractice>;

export const ZAgent = z.object({
  id: z.uuid(),
  name: z.string(),
  licenceNumber: z.string(),
  /** District of the agency of the agent's current (or last) practice. */
  district: ZRegionCode,
  /** The practice open today or later, if any. */
  current: ZAgentPractice.nullable(),
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TAgent = z.infer<typeof ZAgent>;

export const ZAgentDetail = ZAgent.extend({
  /** Every practice, latest first. */
  practices: z.array(ZAgentPractice),
});
export type TAgentDetail = z.infer<typeof ZAgentDetail>;

export const ZAgentCreate = z.strictObject({
  name: z.string().trim().min(1).max(100),
  licenceNumber: z.string().trim().min(1).max(40).describe('Patent agent licence number 专利代理师执业证号; one agent per number'),
  agencyId: z.uuid().describe('The agency the agent practises at'),
  practiceStartDate: ZCalendarDate,
});
export type TAgentCreate = z.infer<typeof ZAgentCreate>;

/** Records a practice (also a past one); it may not overlap any other practice of the agent. */
export const ZPracticeCreate = z
  .strictObject({
    agencyId: z.uuid(),
    startDate: ZCalendarDate,
    endDate: ZCalendarDate.nullable().default(null),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.endDate !== null && p.endDate <= p.startDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'practice.endBeforeStart' }, input: p.endDate });
      }
    }),
  );
export type TPracticeCreate = z.infer<typeof ZPracticeCreate>;

/** Moving an agent: the open practice ends on `date` and one at `agencyId` starts on it. */
export const ZAgentMove = z.strictObject({
  version: z.number().int().min(1),
  agencyId: z.uuid(),
  date: ZCalendarDate,
});
export type TAgentMove = z.infer<typeof ZAgentMove>;

/** Ends the open practice (the agent leaves practice); `date` is the first day not practising. */
export const ZPracticeEnd = z.strictObject({
  version: z.number().int().min(1),
  date: ZCalendarDate,
});
export type TPracticeEnd = z.infer<typeof ZPracticeEnd>;

export const ZAgentListQuery = ZPageQuery.extend({
  agencyId: z.uuid().optional().describe('Agents practising at this agency on `practisingOn` (today by default)'),
  district: ZRegionCode.optional(),
  practisingOn: ZCalendarDate.optional().describe('Only agents practising on this date'),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name or the licence number'),
});
export type TAgentListQuery = z.infer<typeof ZAgentListQuery>;
