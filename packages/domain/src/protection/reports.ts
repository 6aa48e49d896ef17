import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { allowedActions as tableActions, applyTransition, ZVersion, type TTransitionTable } from '../common/lifecycle.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { hasModuleLevel, type TModuleLevel } from '../identity/roles.js';
import { compareMoney, multiplyMoney, ZMoney, type TMoney } from '../money/money.js';
import { ZResidentId } from '../validators/resident-id.js';
import { ZProtectedRightKind } from './credit-lists.js';
import { maskName, maskPhone, maskResidentId } from '../common/masking.js';
import { ZRatio } from '../utilization/risk-fund.js';
import { ZDatedRuleState } from './dated-rules.js';

/**
 * Reports and rewards 举报奖励 (plan 四.四): a citizen reports an infringement; the handling officer
 * 承办人 verifies it (linking the case it led to), proposes the reward the rules give, the approver
 * approves it, the officer records its payment. The reporter's identity is protected: name, phone
 * and ID number are masked in every answer (lists, detail, exports, the audit trail) except to the
 * handling officer of the report. Approvers deciding the reward see it masked too: the decision
 * rests on the case's fine, not on who reported it, and the payment is made by the handling officer.
 */
export const REPORT_STATUSES = ['received', 'verified', 'not_verified', 'reward_proposed', 'reward_approved', 'paid'] as const;
export const ZReportStatus = z.enum(REPORT_STATUSES);
export type TReportStatus = z.infer<typeof ZReportStatus>;
export const REPORT_STATUS_LABELS: Record<TReportStatus, { zh: string; en: string }> = {
  received: { zh: '已受理', en: 'Received' },
  verified: { zh: '经查属实', en: 'Verified' },
  not_verified: { zh: '经查不实', en: 'Not verified' },
  reward_proposed: { zh: '奖励待审批', en: 'Reward proposed' },
  reward_approved: { zh: '奖励已批准', en: 'Reward approved' },
  paid: { zh: '奖励已发放', en: 'Reward paid' },
};

export const REPORT_ACTIONS = ['verify', 'reject', 'propose_reward', 'approve_reward', 'pay'] as const;
export const ZReportAction = z.enum(REPORT_ACTIONS);
export type TReportAction = z.infer<typeof ZReportAction>;
export const REPORT_ACTION_LABELS: Record<TReportAction | 'receive' | 'reassign', { zh: string; en: string }> = {
  receive: { zh: '受理举报', en: 'Receive' },
  reassign: { zh: '变更承办人', en: 'Reassign the handling officer' },
  verify: { zh: '核实属实', en: 'Verify' },
  reject: { zh: '核实不实', en: 'Not verified' },
  propose_reward: { zh: '拟定奖励', en: 'Propose reward' },
  approve_reward: { zh: '批准奖励', en: 'Approve reward' },
  pay: { zh: '发放奖励', en: 'Record payment' },
};

/** The report's life as a transition table (common/lifecycle). */
export const REPORT_TRANSITIONS: TTransitionTable<TReportStatus, TReportAction> = {
  verify: { from: ['received'], to: 'verified' },
  reject: { from: ['received'], to: 'not_verified' },
  propose_reward: { from: ['verified'], to: 'reward_proposed' },
  approve_reward: { from: ['reward_proposed'], to: 'reward_approved' },
  pay: { from: ['reward_approved'], to: 'paid' },
};

/** Who may take each step: the approver approves the reward; every other step is the officer's. */
export const REPORT_ACTION_LEVELS: Record<TReportAction, Extract<TModuleLevel, 'officer' | 'approver'>> = {
  verify: 'officer',
  reject: 'officer',
  propose_reward: 'officer',
  approve_reward: 'approver',
  pay: 'officer',
};

export function reportTransition(status: TReportStatus, action: TReportAction): TReportStatus | null {
  return applyTransition(REPORT_TRANSITIONS, status, action);
}

export function possibleReportActions(status: TReportStatus): TReportAction[] {
  return tableActions(REPORT_TRANSITIONS, status);
}

export function allowedReportActions(status: TReportStatus, roles: readonly string[]): TReportAction[] {
  return possibleReportActions(status).filter((a) => hasModuleLevel(roles, 'protection', REPORT_ACTION_LEVELS[a]));
}

/**
 * The reward rule 举报奖励标准 is dated reference data kept by the section chief (table
 * report_reward_rules, protection-api): a percentage of the fine the report's case imposed, at
 * least the floor and at most the cap, rounded to the fen (四舍五入), each rule from an effective date
 * until the next. A report is rewarded by the rule in force on the date it was received, and keeps
 * the code of the rule it was computed with.
 */
export interface ReportRewardRule {
  /** Share of the fine, as a decimal string (`0.05` = 5 %). */
  rate: string;
  floor: TMoney;
  cap: TMoney;
}

/** The fields of a rule, worded for a message naming the one refused. */
export const REPORT_REWARD_RULE_FIELD_LABELS = {
  rate: { zh: '奖励比例', en: 'rate' },
  floor: { zh: '最低金额', en: 'floor' },
  cap: { zh: '最高金额', en: 'cap' },
  basisZh: { zh: '依据（中文）', en: 'basis (Chinese)' },
  basisEn: { zh: '依据（英文）', en: 'basis (English)' },
  effectiveFrom: { zh: '施行日期', en: 'effective date' },
} as const;

const ruleFields = {
  rate: ZRatio.describe('Share of the fine, a decimal string above 0 and at most 1 ("0.05" = 5 %)'),
  floor: ZMoney.describe('Least reward in yuan, exact decimal'),
  cap: ZMoney.describe('Greatest reward in yuan, exact decimal; not below the floor'),
  basisZh: z.string().trim().min(1).max(300).describe('The measures the rule comes from, in Chinese'),
  basisEn: z.string().trim().min(1).max(300).describe('The same, in English'),
  effectiveFrom: ZCalendarDate.describe('First date of receipt the rule applies to; it applies until the next rule'),
};
const capNotBelowFloor = (r: { floor?: string; cap?: string }) => r.floor === undefined || r.cap === undefined || compareMoney(r.cap, r.floor) >= 0;

export const ZReportRewardRuleCreate = z.strictObject(ruleFields).refine(capNotBelowFloor, { path: ['cap'], params: { i18n: 'report.rule.cap' } });
export type TReportRewardRuleCreate = z.infer<typeof ZReportRewardRuleCreate>;
export type TReportRewardRuleCreateInput = z.input<typeof ZReportRewardRuleCreate>;

export const ZReportRewardRuleUpdate = z
  .strictObject({
    version: ZVersion,
    rate: ruleFields.rate.optional(),
    floor: ruleFields.floor.optional(),
    cap: ruleFields.cap.optional(),
    basisZh: ruleFields.basisZh.optional(),
    basisEn: ruleFields.basisEn.optional(),
    effectiveFrom: ruleFields.effectiveFrom.optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'report.rule.empty' } })
  .refine(capNotBelowFloor, { path: ['cap'], params: { i18n: 'report.rule.cap' } });
export type TReportRewardRuleUpdate = z.infer<typeof ZReportRewardRuleUpdate>;
export type TReportRewardRuleUpdateInput = z.input<typeof ZReportRewardRuleUpdate>;

export const ZReportRewardRule = z.object({
  id: z.uuid(),
  code: z.string().describe('Written on the reports rewarded by the rule (rewardRule)'),
  rate: z.string(),
  floor: ZMoney,
  cap: ZMoney,
  basisZh: z.string(),
  basisEn: z.string(),
  effectiveFrom: ZCalendarDate,
  state: ZDatedRuleState.describe('As of today: a scheduled rule may still be changed, the others have applied'),
  region: ZRegionCode,
  version: z.int(),
  createdAt: ZInstant,
});
export type TReportRewardRule = z.infer<typeof ZReportRewardRule>;

export const ZReportRewardRuleQuery = z.strictObject({ inForceOn: ZCalendarDate.optional().describe('Only the rule in force on this date') });
export type TReportRewardRuleQuery = z.infer<typeof ZReportRewardRuleQuery>;

/** The reward the rule gives for a fine: rate × fine, raised to the floor, lowered to the cap. */
export function computeReward(fine: TMoney, rule: ReportRewardRule): TMoney {
  const raw = multiplyMoney(fine, rule.rate);
  if (compareMoney(raw, rule.floor) < 0) return rule.floor;
  if (compareMoney(raw, rule.cap) > 0) return rule.cap;
  return raw;
}

export interface TReporterIdentity {
  name: string;
  phone: string;
  idNumber: string;
}

export function maskReporter(r: TReporterIdentity): TReporterIdentity {
  return { name: maskName(r.name), phone: maskPhone(r.phone), idNumber: maskResidentId(r.idNumber) };
}

registerDomainMessages({
  'report.phone.format': { 'zh-CN': '联系电话应为11位手机号或带区号的固定电话', en: 'Phone: an 11-digit mobile number or a landline with its area code' },
  'report.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  'report.rule.cap': { 'zh-CN': '最高金额不能低于最低金额', en: 'The cap cannot be below the floor' },
  'report.rule.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, { params: { i18n: 'report.date.future' } });

export const ZReporterInput = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('Reporter’s name 举报人姓名'),
  phone: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, ''))
    .refine((v) => /^1[3-9]\d{9}$/.test(v) || /^0\d{9,11}$/.test(v), { params: { i18n: 'report.phone.format' } })
    .describe('Mobile (11 digits) or landline with area code'),
  idNumber: ZResidentId.describe('Resident identity card number 公民身份号码 (check character verified)'),
});

export const ZReportCreate = z.strictObject({
  reporter: ZReporterInput,
  subject: z.string().trim().min(1).max(1000).describe('What is reported 举报内容'),
  rightKind: ZProtectedRightKind.describe('The right infringed'),
  district: ZRegionCode,
  receivedDate: notAfterToday.describe('Date the report was received 受理日期'),
  handlingOfficer: z.strictObject({ userId: z.uuid(), name: z.string().trim().min(1).max(100) }).describe('The officer assigned to handle it 承办人; the only one who sees the reporter in clear'),
});
export type TReportCreate = z.infer<typeof ZReportCreate>;
export type TReportCreateInput = z.input<typeof ZReportCreate>;

const stepFields = {
  effectiveDate: notAfterToday.describe('Date of the step; not before the previous step'),
  version: z.int().min(1).describe('The report’s version as last read; a report changed since answers 409'),
  note: z.string().trim().max(1000).optional(),
};

export const ZReportTransitionRequest = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('verify'), ...stepFields, caseId: z.uuid().nullable().default(null).describe('The case the report led to, when one was registered') }),
  z.strictObject({ action: z.literal('reject'), ...stepFields, reason: z.string().trim().min(1).max(1000).describe('Why the report was not verified') }),
  z.strictObject({ action: z.literal('propose_reward'), ...stepFields }),
  z.strictObject({ action: z.literal('approve_reward'), ...stepFields }),
  z.strictObject({ action: z.literal('pay'), ...stepFields }),
]);
export type TReportTransitionRequest = z.infer<typeof ZReportTransitionRequest>;
export type TReportTransitionInput = z.input<typeof ZReportTransitionRequest>;

/** Statuses in which a report is done with, so its handling officer no longer changes. */
export const REPORT_ENDED_STATUSES = ['not_verified', 'paid'] as const satisfies readonly TReportStatus[];

registerDomainMessages({
  'report.reassign.sameOfficer': { 'zh-CN': '新承办人与现承办人相同', en: 'The new handling officer is the current one' },
});

/**
 * Reassigning the handling officer 变更承办人 (approver, the section chief): dated, with its reason;
 * from then on the new officer sees the reporter in clear and the former one sees it masked.
 */
export const ZReportReassign = z.strictObject({
  version: stepFields.version,
  effectiveDate: stepFields.effectiveDate,
  handlingOfficer: z.strictObject({ userId: z.uuid(), name: z.string().trim().min(1).max(100) }).describe('The officer who handles the report from now on'),
  reason: z.string().trim().min(1).max(1000).describe('Why the report changes hands (leave, conflict of interest, workload …)'),
});
export type TReportReassign = z.infer<typeof ZReportReassign>;
export type TReportReassignInput = z.input<typeof ZReportReassign>;

export const ZReportEvent = z.object({
  id: z.uuid(),
  action: z.enum(['receive', 'reassign', ...REPORT_ACTIONS]),
  fromStatus: ZReportStatus.nullable(),
  toStatus: ZReportStatus,
  effectiveDate: ZCalendarDate,
  details: z.record(z.string(), z.string()),
  note: z.string().nullable(),
  actorName: z.string(),
  recordedAt: ZInstant,
});
export type TReportEvent = z.infer<typeof ZReportEvent>;

export const ZReport = z.object({
  id: z.uuid(),
  reporter: z.object({ name: z.string(), phone: z.string(), idNumber: z.string() }).describe('Masked (张*, 138****5678, 4405**********1234) unless the caller is the handling officer'),
  identityMasked: z.boolean(),
  subject: z.string(),
  rightKind: ZProtectedRightKind,
  district: ZRegionCode,
  receivedDate: ZCalendarDate,
  handlingOfficer: z.object({ userId: z.uuid(), name: z.string() }),
  status: ZReportStatus,
  statusDate: ZCalendarDate,
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  notVerifiedReason: z.string().nullable(),
  rewardBasis: ZMoney.nullable().describe('The case’s fine the reward was computed from'),
  rewardAmount: ZMoney.nullable(),
  rewardRule: z.string().nullable(),
  paidDate: ZCalendarDate.nullable(),
  version: z.int(),
  allowedActions: z.array(ZReportAction),
  createdAt: ZInstant,
});
export type TReport = z.infer<typeof ZReport>;

export const ZReportDetail = ZReport.extend({ timeline: z.array(ZReportEvent) });
export type TReportDetail = z.infer<typeof ZReportDetail>;

export const ZReportListQuery = ZPageQuery.extend({
  status: ZReportStatus.optional(),
  rightKind: ZProtectedRightKind.optional(),
  district: ZRegionCode.optional(),
  receivedFrom: ZCalendarDate.optional(),
  receivedTo: ZCalendarDate.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of what is reported (the reporter is never searched)'),
});
export type TReportListQuery = z.infer<typeof ZReportListQuery>;
