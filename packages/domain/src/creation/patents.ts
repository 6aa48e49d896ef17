import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZIpcSymbol } from '../validators/ipc.js';
import { parsePatentApplicationNumber, ZPatentApplicationNumber, ZPatentType } from '../validators/patent-number.js';
import { ZPatentAward, ZPatentFamilyMember } from './high-value.js';
import { allowedActions, applyTransition, ZVersion, type TTransitionTable } from './lifecycle.js';

/**
 * Patents 专利 the creation pillar (plan 四.二) keeps: one record per CNIPA application, from
 * filing on. The application number says the patent's type and filing year, so neither is
 * entered separately.
 */
/**
 * Legal status 法律状态. `granted` is the one status in which the patent is in force (有效); every
 * other status after grant ends it: lapsed for unpaid annual fees 未缴年费终止 (Patent Law art. 44),
 * invalidated 宣告无效 (art. 45–47), expired at the end of its term 期限届满 (art. 42), withdrawn
 * (an application withdrawn or deemed withdrawn, or a granted patent surrendered 放弃).
 */
export const PATENT_STATUSES = ['pending', 'granted', 'rejected', 'withdrawn', 'lapsed', 'invalidated', 'expired'] as const;
export const ZPatentStatus = z.enum(PATENT_STATUSES);
export type TPatentStatus = z.infer<typeof ZPatentStatus>;

export const PATENT_STATUS_LABELS: Record<TPatentStatus, { zh: string; en: string }> = {
  pending: { zh: '审查中', en: 'Pending' },
  granted: { zh: '有效（已授权）', en: 'Granted, in force' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  withdrawn: { zh: '撤回/放弃', en: 'Withdrawn or surrendered' },
  lapsed: { zh: '未缴年费终止', en: 'Lapsed (fees unpaid)' },
  invalidated: { zh: '宣告无效', en: 'Invalidated' },
  expired: { zh: '期限届满', en: 'Expired' },
};

/**
 * What an officer records against a patent, each on the date it took legal effect. `restore` is
 * the restoration of rights 恢复权利 (Implementing Rules art. 6) after a lapse for unpaid fees.
 */
export const PATENT_ACTIONS = ['grant', 'reject', 'withdraw', 'lapse', 'restore', 'invalidate', 'expire'] as const;
export const ZPatentAction = z.enum(PATENT_ACTIONS);
export type TPatentAction = z.infer<typeof ZPatentAction>;

export const PATENT_TRANSITIONS: TTransitionTable<TPatentStatus, TPatentAction> = {
  grant: { from: ['pending'], to: 'granted' },
  reject: { from: ['pending'], to: 'rejected' },
  withdraw: { from: ['pending', 'granted'], to: 'withdrawn' },
  lapse: { from: ['granted'], to: 'lapsed' },
  restore: { from: ['lapsed'], to: 'granted' },
  invalidate: { from: ['granted'], to: 'invalidated' },
  expire: { from: ['granted'], to: 'expired' },
};

export const PATENT_ACTION_LABELS: Record<TPatentAction, { zh: string; en: string }> = {
  grant: { zh: '授权', en: 'Grant' },
  reject: { zh: '驳回', en: 'Reject' },
  withdraw: { zh: '撤回/放弃', en: 'Withdraw or surrender' },
  lapse: { zh: '未缴年费终止', en: 'Lapse for unpaid fees' },
  restore: { zh: '恢复权利', en: 'Restore' },
  invalidate: { zh: '宣告无效', en: 'Invalidate' },
  expire: { zh: '期限届满', en: 'Expire' },
};

/** The first event of every patent: its filing, which makes it pending. */
export const PATENT_EVENT_ACTIONS = ['file', ...PATENT_ACTIONS] as const;
export const ZPatentEventAction = z.enum(PATENT_EVENT_ACTIONS);

export function allowedPatentActions(status: TPatentStatus): TPatentAction[] {
  return allowedActions(PATENT_TRANSITIONS, status);
}

export function nextPatentStatus(status: TPatentStatus, action: TPatentAction): TPatentStatus | null {
  return applyTransition(PATENT_TRANSITIONS, status, action);
}

registerDomainMessages({
  'patent.filingYear': {
    'zh-CN': '申请日的年份与申请号中的申请年份不一致',
    en: 'The filing date is not in the filing year the application number carries',
  },
  'patent.update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
  'patent.agentWithoutAgency': {
    'zh-CN': '填写代理师执业证号时须同时填写代理机构的统一社会信用代码',
    en: 'An agent licence number needs the agency’s credit code as well',
  },
});

/** The licence number of the practising patent agent 专利代理师执业证号 who handled the application. */
export const ZAgentLicenceNumber = z.string().trim().min(1).max(40);

/** An agent practises within an agency: a patent naming an agent must name the agency too. */
const agentNeedsAgency = z.superRefine((patent: { agencyCreditCode?: string | null; agentLicenceNumber?: string | null }, ctx) => {
  if (patent.agentLicenceNumber && !patent.agencyCreditCode) {
    ctx.addIssue({ code: 'custom', path: ['agencyCreditCode'], params: { i18n: 'patent.agentWithoutAgency' }, input: patent.agencyCreditCode });
  }
});

/** IPC symbols 分类号 of a patent, canonical and without repeats; the first is the main one. */
export const ZIpcSymbols = z
  .array(ZIpcSymbol)
  .max(20)
  .overwrite((symbols) => [...new Set(symbols)]);

export const ZPatentCreate = z
  .strictObject({
    applicationNumber: ZPatentApplicationNumber.describe('CNIPA application number 申请号, e.g. 201710601862.3; stored in canonical form'),
    title: z.string().trim().min(1).max(200).describe('Title of the invention 发明名称, in Chinese'),
    applicantName: z.string().trim().min(1).max(200).describe('First applicant 申请人'),
    applicantCreditCode: ZCreditCode.nullable().default(null).describe('Unified social credit code of the applicant, when it is an organisation'),
    district: ZRegionCode.describe('District of the applicant: a district of the region the deployment serves'),
    filingDate: ZCalendarDate.describe('Filing date 申请日 (China Standard Time)'),
    ipcSymbols: ZIpcSymbols.default([]).describe('IPC symbols, e.g. H04L 9/32; the first is the main classification'),
    agencyCreditCode: ZCreditCode.nullable().default(null).describe('Unified social credit code of the patent agency 代理机构 that filed it, when one did'),
    agentLicenceNumber: ZAgentLicenceNumber.nullable().default(null).describe('Licence number of the practising agent 专利代理师执业证号 who handled it'),
  })
  .check(agentNeedsAgency)
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
  grantDate: ZCalendarDate.nullable().describe('Date of the grant announcement 授权公告日, once granted'),
  ipcSymbols: z.array(z.string()),
  annualFeePaidUntil: ZCalendarDate.nullable().describe('The annual fees 年费 are paid for the patent year ending on this date'),
  agencyCreditCode: z.string().nullable().describe('Credit code of the patent agency that filed it'),
  agentLicenceNumber: z.string().nullable().describe('Licence number of the agent who handled it'),
  allowedActions: z.array(ZPatentAction).describe('The transitions the current status allows'),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TPatent = z.infer<typeof ZPatent>;

/** One dated change of legal status; the history is never rewritten, only appended to. */
export const ZPatentStatusEvent = z.object({
  seq: z.int(),
  action: ZPatentEventAction,
  fromStatus: ZPatentStatus.nullable(),
  toStatus: ZPatentStatus,
  effectiveDate: ZCalendarDate.describe('The date the change took legal effect'),
  note: z.string().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TPatentStatusEvent = z.infer<typeof ZPatentStatusEvent>;

export const ZPatentDetail = ZPatent.extend({
  statusHistory: z.array(ZPatentStatusEvent),
  familyMembers: z.array(ZPatentFamilyMember).describe('Members of its patent family abroad'),
  awards: z.array(ZPatentAward).describe('Awards it won'),
});
export type TPatentDetail = z.infer<typeof ZPatentDetail>;

/** The fields an officer may correct after registration; the number, type and filing date are fixed. */
export const ZPatentUpdate = z
  .strictObject({
    version: ZVersion,
    title: z.string().trim().min(1).max(200).optional(),
    applicantName: z.string().trim().min(1).max(200).optional(),
    applicantCreditCode: ZCreditCode.nullable().optional(),
    district: ZRegionCode.optional(),
    ipcSymbols: ZIpcSymbols.optional(),
    annualFeePaidUntil: ZCalendarDate.nullable().optional(),
    agencyCreditCode: ZCreditCode.nullable().optional(),
    agentLicenceNumber: ZAgentLicenceNumber.nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'patent.update.empty' } });
export type TPatentUpdate = z.infer<typeof ZPatentUpdate>;

export const ZPatentTransition = z.strictObject({
  action: ZPatentAction,
  effectiveDate: ZCalendarDate.describe('The date the change took legal effect (e.g. the grant announcement date); not before the last event, not in the future'),
  version: ZVersion,
  note: z.string().trim().min(1).max(500).optional().describe('Decision number or remark'),
});
export type TPatentTransition = z.infer<typeof ZPatentTransition>;

export const ZPatentListQuery = ZPageQuery.extend({
  patentType: ZPatentType.optional(),
  status: ZPatentStatus.optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the title, the applicant’s name or credit code, or the application number'),
  applicantCreditCode: z.string().trim().min(1).max(18).optional().describe('Patents whose applicant carries exactly this credit code'),
  agencyCreditCode: ZCreditCode.optional().describe('Patents filed through the agency with this credit code'),
});
export type TPatentListQuery = z.infer<typeof ZPatentListQuery>;
