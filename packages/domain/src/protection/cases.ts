import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';

/**
 * Administrative enforcement cases 行政执法案件 of the protection pillar (plan 四.四), from
 * registration 立案 on. The case number is the bureau's own, written as its documents write it.
 */
export const CASE_KINDS = [
  'trademark_infringement',
  'patent_dispute',
  'counterfeit_patent',
  'copyright',
  'trade_secret',
  'unfair_competition',
  'gi_misuse',
] as const;
export const ZCaseKind = z.enum(CASE_KINDS);
export type TCaseKind = z.infer<typeof ZCaseKind>;

export const CASE_KIND_LABELS: Record<TCaseKind, { zh: string; en: string }> = {
  trademark_infringement: { zh: '商标侵权', en: 'Trademark infringement' },
  patent_dispute: { zh: '专利侵权纠纷', en: 'Patent infringement dispute' },
  counterfeit_patent: { zh: '假冒专利', en: 'Counterfeit patent' },
  copyright: { zh: '著作权侵权', en: 'Copyright infringement' },
  trade_secret: { zh: '侵犯商业秘密', en: 'Trade secret misappropriation' },
  unfair_competition: { zh: '不正当竞争', en: 'Unfair competition' },
  gi_misuse: { zh: '地理标志违法使用', en: 'Misuse of a geographical indication' },
};

/** How the bureau learnt of the matter 案件来源. */
export const CASE_SOURCES = ['complaint', 'report', 'inspection', 'referral'] as const;
export const ZCaseSource = z.enum(CASE_SOURCES);
export type TCaseSource = z.infer<typeof ZCaseSource>;

export const CASE_SOURCE_LABELS: Record<TCaseSource, { zh: string; en: string }> = {
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
  inspection: { zh: '监督检查发现', en: 'Found in inspection' },
  referral: { zh: '移送', en: 'Referred by another authority' },
};

export const CASE_STATUSES = ['registered', 'investigating', 'decided', 'closed'] as const;
export const ZCaseStatus = z.enum(CASE_STATUSES);
export type TCaseStatus = z.infer<typeof ZCaseStatus>;

export const CASE_STATUS_LABELS: Record<TCaseStatus, { zh: string; en: string }> = {
  registered: { zh: '已立案', en: 'Registered' },
  investigating: { zh: '调查中', en: 'Under investigation' },
  decided: { zh: '已作出处理决定', en: 'Decided' },
  closed: { zh: '已结案', en: 'Closed' },
};

registerDomainMessages({
  'case.registeredDate.future': { 'zh-CN': '立案日期不能晚于今天', en: 'The registration date cannot be later than today' },
});

export const ZCaseCreate = z.strictObject({
  caseNumber: z.string().trim().min(1).max(64).describe('The bureau’s case number 案号, e.g. 汕市监知案〔2025〕12号'),
  kind: ZCaseKind,
  source: ZCaseSource,
  title: z.string().trim().min(1).max(200).describe('Case name 案由, e.g. 涉嫌销售侵犯注册商标专用权商品案'),
  district: ZRegionCode.describe('District where the matter arose: a district of the region the deployment serves'),
  // A case is registered on a day that has come (China Standard Time), never ahead of it. A
  // malformed date is already reported by the format check, so it is not compared.
  registeredDate: ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, {
    params: { i18n: 'case.registeredDate.future' },
  }).describe('Date of registration 立案日期'),
});
export type TCaseCreate = z.infer<typeof ZCaseCreate>;

export const ZCase = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  kind: ZCaseKind,
  source: ZCaseSource,
  title: z.string(),
  district: ZRegionCode,
  registeredDate: ZCalendarDate,
  status: ZCaseStatus,
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TCase = z.infer<typeof ZCase>;

export const ZCaseListQuery = ZPageQuery.extend({
  kind: ZCaseKind.optional(),
  source: ZCaseSource.optional(),
  status: ZCaseStatus.optional(),
  district: ZRegionCode.optional(),
  registeredFrom: ZCalendarDate.optional().describe('Registered on or after this date'),
  registeredTo: ZCalendarDate.optional().describe('Registered on or before this date'),
});
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;
