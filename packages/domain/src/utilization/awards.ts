import { z } from 'zod';
import { AWARD_GRADE_LABELS, AWARD_GRADES, AWARD_KIND_LABELS, AWARD_KINDS, AWARD_LEVEL_LABELS, AWARD_LEVELS, ZAwardGrade, ZAwardKind, ZAwardLevel, type TAwardGrade, type TAwardKind, type TAwardLevel } from '../common/awards.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPatentNumber } from '../validators/patent-number.js';
import { ZVersion } from '../common/lifecycle.js';

/**
 * Patent awards 专利奖 (plan 四.三): the China Patent Award 中国专利奖, the provincial and municipal
 * patent awards, and science and technology awards 科学技术奖 won by a patented invention. Each
 * award names one patent; recording it publishes `award.granted` for the creation pillar (a
 * national award is one of the five high-value criteria). The kinds, levels and grades are the
 * ones the event contract carries (`ZAwardGrantedEvent`).
 */
export { AWARD_KINDS, ZAwardKind, type TAwardKind, AWARD_LEVELS, ZAwardLevel, type TAwardLevel, AWARD_GRADES, ZAwardGrade, type TAwardGrade, AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, AWARD_GRADE_LABELS };

/** Patent awards are graded gold 金奖, silver 银奖, excellence 优秀奖; S&T awards special 特等奖, first … third 一至三等奖. */
export const AWARD_GRADES_BY_KIND: Record<TAwardKind, readonly TAwardGrade[]> = {
  patent_award: ['gold', 'silver', 'excellence'],
  sci_tech_award: ['special', 'first', 'second', 'third'],
};

registerDomainMessages({
  'award.grade.kind': { 'zh-CN': '奖项等级与奖项类别不符（专利奖为金奖、银奖、优秀奖；科学技术奖为特等奖、一至三等奖）', en: 'The grade does not fit the kind (patent awards: gold, silver, excellence; S&T awards: special, first, second, third)' },
  'award.update.empty': { 'zh-CN': '没有要修改的内容', en: 'Nothing to change' },
});

export const ZAwardCreate = z
  .strictObject({
    kind: ZAwardKind,
    level: ZAwardLevel,
    year: z.int().min(1985).max(2100).describe('Year (session) of the award, e.g. 2023 for the 24th China Patent Award'),
    grade: ZAwardGrade,
    awardName: z.string().trim().min(1).max(200).describe('Name of the award as announced, e.g. 第二十四届中国专利奖'),
    patentNumber: ZPatentNumber.describe('The awarded patent, e.g. ZL201710601862.3 (the ZL may be left out)'),
    patentTitle: z.string().trim().min(1).max(300).describe('Title of the invention'),
    holderName: z.string().trim().min(1).max(200).describe('Patentee 专利权人 receiving the award'),
    holderCreditCode: ZCreditCode.nullable().optional().describe('Unified social credit code of the patentee, when it is an organization'),
    announcedDate: ZCalendarDate.nullable().optional().describe('Date the award list was announced'),
    district: ZRegionCode.describe('District of the award holder'),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .refine((a) => AWARD_GRADES_BY_KIND[a.kind].includes(a.grade), { path: ['grade'], params: { i18n: 'award.grade.kind' } });
export type TAwardCreate = z.infer<typeof ZAwardCreate>;

/**
 * What can be corrected. The facts `award.granted` carried (patent, kind, level, year, grade)
 * are not: the event contract has no retraction, so a wrong one is a record removed by an
 * administrator and entered again, never silently rewritten.
 */
export const ZAwardUpdate = z
  .strictObject({
    version: ZVersion,
    awardName: z.string().trim().min(1).max(200).optional(),
    patentTitle: z.string().trim().min(1).max(300).optional(),
    holderName: z.string().trim().min(1).max(200).optional(),
    holderCreditCode: ZCreditCode.nullable().optional(),
    announcedDate: ZCalendarDate.nullable().optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'award.update.empty' } });
export type TAwardUpdate = z.infer<typeof ZAwardUpdate>;

export const ZAward = z.object({
  id: z.uuid(),
  kind: ZAwardKind,
  level: ZAwardLevel,
  year: z.int(),
  grade: ZAwardGrade,
  awardName: z.string(),
  patentNumber: z.string(),
  patentTitle: z.string(),
  holderName: z.string(),
  holderCreditCode: z.string().nullable(),
  announcedDate: ZCalendarDate.nullable(),
  district: ZRegionCode,
  note: z.string().nullable(),
  version: z.int().describe('Send it back with an update; a stale one is refused with 409'),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TAward = z.infer<typeof ZAward>;

export const ZAwardListQuery = ZPageQuery.extend({
  kind: ZAwardKind.optional(),
  level: ZAwardLevel.optional(),
  year: z.coerce.number().int().min(1985).max(2100).optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the patent number, title, holder or award name'),
});
export type TAwardListQuery = z.infer<typeof ZAwardListQuery>;
