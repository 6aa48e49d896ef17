import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { parsePatentApplicationNumber, ZPatentApplicationNumber, ZPatentType } from '../validators/patent-number.js';

/**
 * Patents 专利 the creation pillar (plan 四.二) keeps: one record per CNIPA application, from
 * filing on. The application number says the patent's type and filing year, so neither is
 * entered separately.
 */
export const PATENT_STATUSES = ['pending', 'granted', 'rejected', 'withdrawn', 'lapsed'] as const;
export const ZPatentStatus = z.enum(PATENT_STATUSES);
export type TPatentStatus = z.infer<typeof ZPatentStatus>;

export const PATENT_STATUS_LABELS: Record<TPatentStatus, { zh: string; en: string }> = {
  pending: { zh: '审查中', en: 'Pending' },
  granted: { zh: '已授权', en: 'Granted' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  lapsed: { zh: '已失效', en: 'Lapsed' },
};

registerDomainMessages({
  'patent.filingYear': {
    'zh-CN': '申请日的年份与申请号中的申请年份不一致',
    en: 'The filing date is not in the filing year the application number carries',
  },
});

export const ZPatentCreate = z
  .strictObject({
    applicationNumber: ZPatentApplicationNumber.describe('CNIPA application number 申请号, e.g. 201710601862.3; stored in canonical form'),
    title: z.string().trim().min(1).max(200).describe('Title of the invention 发明名称, in Chinese'),
    applicantName: z.string().trim().min(1).max(200).describe('First applicant 申请人'),
    applicantCreditCode: ZCreditCode.nullable().default(null).describe('Unified social credit code of the applicant, when it is an organisation'),
    district: ZRegionCode.describe('District of the applicant: a district of the region the deployment serves'),
    filingDate: ZCalendarDate.describe('Filing date 申请日 (China Standard Time)'),
  })
  // The number's year digits are the filing year; a mismatch is a typo in one or the other.
  .check(
    z.superRefine((patent, ctx) => {
      const year = parsePatentApplicationNumber(patent.applicationNumber)?.year;
      if (year !== undefined && String(year) !== patent.filingDate.slice(0, 4)) {
        ctx.addIssue({ code: 'custom', path: ['filingDate'], params: { i18n: 'patent.filingYear' }, input: patent.filingDate });
      }
    }),
  );
export type TPatentCreate = z.infer<typeof ZPatentCreate>;

export const ZPatent = z.object({
  id: z.uuid(),
  applicationNumber: z.string(),
  patentType: ZPatentType,
  title: z.string(),
  applicantName: z.string(),
  applicantCreditCode: z.string().nullable(),
  district: ZRegionCode,
  filingDate: ZCalendarDate,
  status: ZPatentStatus,
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TPatent = z.infer<typeof ZPatent>;

export const ZPatentListQuery = ZPageQuery.extend({
  patentType: ZPatentType.optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the title, the applicant or the application number'),
});
export type TPatentListQuery = z.infer<typeof ZPatentListQuery>;
