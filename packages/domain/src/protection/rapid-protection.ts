import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { allowedActions as tableActions, applyTransition, ZVersion, type TTransitionTable } from '../common/lifecycle.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { hasModuleLevel } from '../identity/roles.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPatentApplicationNumber, ZPatentType } from '../validators/patent-number.js';
import { ZDatedRuleState } from './dated-rules.js';
import { workingDaysBetween, type WorkingCalendar } from './deadlines.js';

/**
 * The rapid protection centre 中国（汕头）知识产权保护中心 (plan 四.四 "在化工、机械装备技术领域专利开展
 * 快速审查、快速确权"): enterprises registered with the centre (备案主体) submit patent applications for
 * pre-examination 快速预审 before they are filed with CNIPA, and request rapid rights determination
 * 快速确权. Each request runs on a service-level clock in working days on the bureau's calendar.
 */

/**
 * The technical fields the centre serves, as data: the Shantou centre was approved for chemicals
 * 化工 and machinery and equipment manufacturing 机械装备制造 (plan 四.四, 三.(三)). Another
 * centre's fields are another list; a request outside them is refused.
 */
export const RAPID_TECHNICAL_FIELDS = ['chemicals', 'machinery'] as const;
export const ZRapidTechnicalField = z.enum(RAPID_TECHNICAL_FIELDS);
export type TRapidTechnicalField = z.infer<typeof ZRapidTechnicalField>;
export const RAPID_TECHNICAL_FIELD_LABELS: Record<TRapidTechnicalField, { zh: string; en: string }> = {
  chemicals: { zh: '化工', en: 'Chemicals' },
  machinery: { zh: '机械装备制造', en: 'Machinery and equipment manufacturing' },
};

export const RAPID_REQUEST_KINDS = ['pre_examination', 'rights_determination'] as const;
export const ZRapidRequestKind = z.enum(RAPID_REQUEST_KINDS);
export type TRapidRequestKind = z.infer<typeof ZRapidRequestKind>;
export const RAPID_REQUEST_KIND_LABELS: Record<TRapidRequestKind, { zh: string; en: string }> = {
  pre_examination: { zh: '快速预审', en: 'Pre-examination' },
  rights_determination: { zh: '快速确权', en: 'Rapid rights determination' },
};

/**
 * The centre's service levels 服务时限 are dated reference data kept by the section chief (table
 * rapid_service_levels, protection-api): working days from submission to the outcome, each from
 * an effective date. The level in force on the submission date is copied onto the request with its
 * due date, so a later level does not move the clock of a request already running. The fields, worded for a
 * message naming the one refused:
 */
export const RAPID_SERVICE_LEVEL_FIELD_LABELS = {
  workingDays: { zh: '服务时限（工作日）', en: 'working days' },
  basisZh: { zh: '依据（中文）', en: 'basis (Chinese)' },
  basisEn: { zh: '依据（英文）', en: 'basis (English)' },
  effectiveFrom: { zh: '施行日期', en: 'effective date' },
} as const;

const levelFields = {
  workingDays: z.int().min(1).max(250).describe('Working days from submission (excluded) to the outcome'),
  basisZh: z.string().trim().min(1).max(300).describe('The commitment the level comes from, in Chinese'),
  basisEn: z.string().trim().min(1).max(300).describe('The same, in English'),
  effectiveFrom: ZCalendarDate.describe('First submission date the level applies to; it applies until the next level of its kind'),
};

export const ZRapidServiceLevelCreate = z.strictObject({ kind: ZRapidRequestKind, ...levelFields });
export type TRapidServiceLevelCreate = z.infer<typeof ZRapidServiceLevelCreate>;
export type TRapidServiceLevelCreateInput = z.input<typeof ZRapidServiceLevelCreate>;

export const ZRapidServiceLevelUpdate = z
  .strictObject({
    version: ZVersion,
    workingDays: levelFields.workingDays.optional(),
    basisZh: levelFields.basisZh.optional(),
    basisEn: levelFields.basisEn.optional(),
    effectiveFrom: levelFields.effectiveFrom.optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'rapid.level.empty' } });
export type TRapidServiceLevelUpdate = z.infer<typeof ZRapidServiceLevelUpdate>;
export type TRapidServiceLevelUpdateInput = z.input<typeof ZRapidServiceLevelUpdate>;

export const ZRapidServiceLevel = z.object({
  id: z.uuid(),
  kind: ZRapidRequestKind,
  workingDays: z.int(),
  basisZh: z.string(),
  basisEn: z.string(),
  effectiveFrom: ZCalendarDate,
  state: ZDatedRuleState.describe('As of today: scheduled levels may still be changed, the others have applied'),
  region: ZRegionCode,
  version: z.int(),
  createdAt: ZInstant,
});
export type TRapidServiceLevel = z.infer<typeof ZRapidServiceLevel>;

export const ZRapidServiceLevelQuery = z.strictObject({
  kind: ZRapidRequestKind.optional(),
  inForceOn: ZCalendarDate.optional().describe('Only the level of each kind in force on this date'),
});
export type TRapidServiceLevelQuery = z.infer<typeof ZRapidServiceLevelQuery>;

export const RAPID_STATUSES = ['submitted', 'accepted', 'passed', 'not_passed', 'filed', 'withdrawn'] as const;
export const ZRapidStatus = z.enum(RAPID_STATUSES);
export type TRapidStatus = z.infer<typeof ZRapidStatus>;
export const RAPID_STATUS_LABELS: Record<TRapidStatus, { zh: string; en: string }> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  passed: { zh: '预审合格', en: 'Passed' },
  not_passed: { zh: '预审不合格', en: 'Not passed' },
  filed: { zh: '已向国家知识产权局提交', en: 'Filed with CNIPA' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
/** The statuses in which the clock still runs. */
export const RAPID_OPEN_STATUSES = ['submitted', 'accepted'] as const satisfies readonly TRapidStatus[];

export const RAPID_ACTIONS = ['accept', 'pass', 'fail', 'file', 'withdraw'] as const;
export const ZRapidAction = z.enum(RAPID_ACTIONS);
export type TRapidAction = z.infer<typeof ZRapidAction>;
export const RAPID_ACTION_LABELS: Record<TRapidAction | 'submit', { zh: string; en: string }> = {
  submit: { zh: '提交', en: 'Submit' },
  accept: { zh: '受理', en: 'Accept' },
  pass: { zh: '预审合格', en: 'Pass' },
  fail: { zh: '预审不合格', en: 'Not pass' },
  file: { zh: '登记向国家局提交', en: 'Record CNIPA filing' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
};

/**
 * A rights determination 快速确权 words its outcome as one: 确权通过 / 确权未通过, not the
 * pre-examination's 预审合格 / 预审不合格; the other statuses and steps read the same for both kinds.
 */
const RIGHTS_DETERMINATION_WORDING = {
  status: {
    passed: { zh: '确权通过', en: 'Right determined' },
    not_passed: { zh: '确权未通过', en: 'Right not determined' },
  },
  action: {
    pass: { zh: '确权通过', en: 'Determine the right' },
    fail: { zh: '确权未通过', en: 'Not determined' },
  },
} as const;

/** The status wording for a request of `kind`. */
export function rapidStatusLabels(kind: TRapidRequestKind): Record<TRapidStatus, { zh: string; en: string }> {
  return kind === 'rights_determination' ? { ...RAPID_STATUS_LABELS, ...RIGHTS_DETERMINATION_WORDING.status } : RAPID_STATUS_LABELS;
}

/** The step wording for a request of `kind`. */
export function rapidActionLabels(kind: TRapidRequestKind): Record<TRapidAction | 'submit', { zh: string; en: string }> {
  return kind === 'rights_determination' ? { ...RAPID_ACTION_LABELS, ...RIGHTS_DETERMINATION_WORDING.action } : RAPID_ACTION_LABELS;
}

/** The lifecycle as a transition table; filing with CNIPA is optional after a pass and only for pre-examination. */
export const RAPID_TRANSITIONS: TTransitionTable<TRapidStatus, TRapidAction> = {
  accept: { from: ['submitted'], to: 'accepted' },
  pass: { from: ['accepted'], to: 'passed' },
  fail: { from: ['accepted'], to: 'not_passed' },
  file: { from: ['passed'], to: 'filed' },
  withdraw: { from: ['submitted', 'accepted'], to: 'withdrawn' },
};

/** Who takes each step: the outcome is the approver's (the centre's examiner in charge), the rest the officer's. */
export const RAPID_ACTION_LEVELS: Record<TRapidAction, 'officer' | 'approver'> = { accept: 'officer', pass: 'approver', fail: 'approver', file: 'officer', withdraw: 'officer' };

/** The status `action` leads to from the request's status, or null when not allowed (filing only after a pre-examination). */
export function rapidTransition(state: { kind: TRapidRequestKind; status: TRapidStatus }, action: TRapidAction): TRapidStatus | null {
  if (action === 'file' && state.kind !== 'pre_examination') return null;
  return applyTransition(RAPID_TRANSITIONS, state.status, action);
}

export function possibleRapidActions(state: { kind: TRapidRequestKind; status: TRapidStatus }): TRapidAction[] {
  return tableActions(RAPID_TRANSITIONS, state.status).filter((a) => rapidTransition(state, a) !== null);
}

export function allowedRapidActions(state: { kind: TRapidRequestKind; status: TRapidStatus }, roles: readonly string[]): TRapidAction[] {
  return possibleRapidActions(state).filter((a) => hasModuleLevel(roles, 'protection', RAPID_ACTION_LEVELS[a]));
}

registerDomainMessages({
  'rapid.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  'rapid.entity.unregistered': { 'zh-CN': '该企业未在保护中心备案，请先办理备案', en: 'The enterprise is not registered with the centre; register it first' },
  'rapid.date.beforePrevious': { 'zh-CN': '日期不能早于上一步骤的日期', en: 'The date cannot be before the previous step’s date' },
  'rapid.level.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
  'rapid.date.beforeRegistration': { 'zh-CN': '提交日期不能早于企业备案日期', en: 'The submission cannot be before the enterprise’s registration' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, { params: { i18n: 'rapid.date.future' } });

/** An enterprise registered with the centre 备案主体; only these may submit requests. */
export const ZRapidEntityCreate = z.strictObject({
  creditCode: ZCreditCode,
  name: z.string().trim().min(1).max(200),
  registeredDate: notAfterToday.describe('Date the enterprise was registered with the centre 备案日期'),
  district: ZRegionCode,
});
export type TRapidEntityCreate = z.infer<typeof ZRapidEntityCreate>;
export type TRapidEntityCreateInput = z.input<typeof ZRapidEntityCreate>;

export const ZRapidEntity = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  name: z.string(),
  registeredDate: ZCalendarDate,
  district: ZRegionCode,
  createdAt: ZInstant,
});
export type TRapidEntity = z.infer<typeof ZRapidEntity>;

export const ZRapidEntityListQuery = ZPageQuery.extend({ q: z.string().trim().min(1).max(100).optional() });
export type TRapidEntityListQuery = z.infer<typeof ZRapidEntityListQuery>;

export const ZRapidRequestCreate = z.strictObject({
  kind: ZRapidRequestKind,
  applicationNumber: ZPatentApplicationNumber.describe('Application number 申请号 with its check character (the patent’s, for a rights determination)'),
  patentType: ZPatentType,
  title: z.string().trim().min(1).max(300).describe('Title of the invention 发明名称'),
  technicalField: ZRapidTechnicalField.describe('One of the centre’s fields (RAPID_TECHNICAL_FIELDS)'),
  creditCode: ZCreditCode.describe('The enterprise registered with the centre'),
  submittedDate: notAfterToday.describe('Date the request was submitted; the clock starts the next working day'),
  district: ZRegionCode,
});
export type TRapidRequestCreate = z.infer<typeof ZRapidRequestCreate>;
export type TRapidRequestCreateInput = z.input<typeof ZRapidRequestCreate>;

const stepFields = {
  effectiveDate: notAfterToday.describe('Date the step took effect; not before the previous step'),
  version: ZVersion,
  note: z.string().trim().max(1000).optional(),
};

export const ZRapidTransitionRequest = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), ...stepFields }),
  z.strictObject({ action: z.literal('pass'), ...stepFields }),
  z.strictObject({ action: z.literal('fail'), ...stepFields, reason: z.string().trim().min(1).max(1000).describe('Why the application did not pass') }),
  z.strictObject({ action: z.literal('file'), ...stepFields }),
  z.strictObject({ action: z.literal('withdraw'), ...stepFields, reason: z.string().trim().min(1).max(1000) }),
]);
export type TRapidTransitionRequest = z.infer<typeof ZRapidTransitionRequest>;
export type TRapidTransitionInput = z.input<typeof ZRapidTransitionRequest>;

export const RAPID_CLOCK_STATES = ['running', 'overdue', 'met', 'missed', 'stopped'] as const;
export const ZRapidClockState = z.enum(RAPID_CLOCK_STATES);
export type TRapidClockState = z.infer<typeof ZRapidClockState>;
export const RAPID_CLOCK_STATE_LABELS: Record<TRapidClockState, { zh: string; en: string }> = {
  running: { zh: '办理中', en: 'Running' },
  overdue: { zh: '已超时', en: 'Overdue' },
  met: { zh: '按时办结', en: 'On time' },
  missed: { zh: '超时办结', en: 'Late' },
  stopped: { zh: '已撤回', en: 'Withdrawn' },
};

/** The service-level clock of a request, as of today while it runs, as of the outcome once decided. */
export const ZRapidClock = z.object({
  slaWorkingDays: z.int().describe('The service level in force at submission'),
  due: ZCalendarDate.describe('The last working day for the outcome'),
  workingDaysUsed: z.int().describe('Working days from submission (excluded) to the outcome or today'),
  workingDaysLeft: z.int().describe('Working days from today to the due date while running; negative when overdue; 0 once decided'),
  state: ZRapidClockState,
  overdue: z.boolean(),
});
export type TRapidClock = z.infer<typeof ZRapidClock>;

export const ZRapidEvent = z.object({
  id: z.uuid(),
  action: z.enum(['submit', ...RAPID_ACTIONS]),
  fromStatus: ZRapidStatus.nullable(),
  toStatus: ZRapidStatus,
  effectiveDate: ZCalendarDate,
  reason: z.string().nullable(),
  note: z.string().nullable(),
  actorName: z.string(),
  recordedAt: ZInstant,
});
export type TRapidEvent = z.infer<typeof ZRapidEvent>;

export const ZRapidRequest = z.object({
  id: z.uuid(),
  kind: ZRapidRequestKind,
  applicationNumber: z.string(),
  patentType: ZPatentType,
  title: z.string(),
  technicalField: ZRapidTechnicalField,
  enterprise: z.object({ creditCode: z.string(), name: z.string() }),
  submittedDate: ZCalendarDate,
  acceptedDate: ZCalendarDate.nullable(),
  decidedDate: ZCalendarDate.nullable(),
  filedDate: ZCalendarDate.nullable(),
  reason: z.string().nullable().describe('Why it did not pass, or why it was withdrawn'),
  status: ZRapidStatus,
  statusDate: ZCalendarDate,
  clock: ZRapidClock,
  district: ZRegionCode,
  version: z.int(),
  allowedActions: z.array(ZRapidAction),
  createdAt: ZInstant,
});
export type TRapidRequest = z.infer<typeof ZRapidRequest>;

export const ZRapidRequestDetail = ZRapidRequest.extend({ timeline: z.array(ZRapidEvent) });
export type TRapidRequestDetail = z.infer<typeof ZRapidRequestDetail>;

export const ZRapidRequestListQuery = ZPageQuery.extend({
  kind: ZRapidRequestKind.optional(),
  status: ZRapidStatus.optional(),
  technicalField: ZRapidTechnicalField.optional(),
  district: ZRegionCode.optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only requests past their due date without an outcome'),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TRapidRequestListQuery = z.infer<typeof ZRapidRequestListQuery>;

/**
 * The clock of a request as of `today`: the due date was fixed at submission; the working days used
 * run from the submission (excluded) to the outcome, or to today while the request is open.
 */
export function rapidClock(
  r: { status: TRapidStatus; submittedDate: string; dueDate: string; slaWorkingDays: number; decidedDate: string | null; statusDate: string },
  calendar: WorkingCalendar,
  today: string,
): TRapidClock {
  const base = { slaWorkingDays: r.slaWorkingDays, due: r.dueDate };
  if (r.status === 'withdrawn') return { ...base, workingDaysUsed: workingDaysBetween(r.submittedDate, r.statusDate, calendar), workingDaysLeft: 0, state: 'stopped', overdue: false };
  if (r.decidedDate) {
    const late = compareDates(r.decidedDate, r.dueDate) > 0;
    return { ...base, workingDaysUsed: workingDaysBetween(r.submittedDate, r.decidedDate, calendar), workingDaysLeft: 0, state: late ? 'missed' : 'met', overdue: false };
  }
  const overdue = compareDates(today, r.dueDate) > 0;
  const left = overdue ? -workingDaysBetween(r.dueDate, today, calendar) : workingDaysBetween(today, r.dueDate, calendar);
  return { ...base, workingDaysUsed: workingDaysBetween(r.submittedDate, today, calendar), workingDaysLeft: left, state: overdue ? 'overdue' : 'running', overdue };
}
