import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { hasModuleLevel, type TModuleLevel } from '../identity/roles.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { isValidPatentNumber } from '../validators/patent-number.js';
import { ZCaseDeadline } from './deadlines.js';

/**
 * Administrative adjudication 行政裁决 of patent disputes and mediation 调解 (plan 四.四 "完善行政裁决、
 * 调解、仲裁、诉讼衔接"): a request is received, accepted 受理, heard (dated hearings), and ends in an
 * adjudication, a mediation agreement (then possibly a judicial confirmation 司法确认), a hand-over
 * to arbitration or a court, or withdrawal.
 */
export const ADJUDICATION_KINDS = ['adjudication', 'mediation'] as const;
export const ZAdjudicationKind = z.enum(ADJUDICATION_KINDS);
export type TAdjudicationKind = z.infer<typeof ZAdjudicationKind>;
export const ADJUDICATION_KIND_LABELS: Record<TAdjudicationKind, { zh: string; en: string }> = {
  adjudication: { zh: '专利纠纷行政裁决', en: 'Patent dispute adjudication' },
  mediation: { zh: '调解', en: 'Mediation' },
};

export const ADJUDICATION_STATUSES = ['received', 'accepted', 'adjudicated', 'agreed', 'confirmed', 'handed_over', 'withdrawn', 'suspended'] as const;
export const ZAdjudicationStatus = z.enum(ADJUDICATION_STATUSES);
export type TAdjudicationStatus = z.infer<typeof ZAdjudicationStatus>;
export const ADJUDICATION_STATUS_LABELS: Record<TAdjudicationStatus, { zh: string; en: string }> = {
  received: { zh: '已收到申请', en: 'Received' },
  accepted: { zh: '已受理', en: 'Accepted' },
  adjudicated: { zh: '已裁决', en: 'Adjudicated' },
  agreed: { zh: '达成调解协议', en: 'Mediation agreement' },
  confirmed: { zh: '已司法确认', en: 'Judicially confirmed' },
  handed_over: { zh: '已转仲裁或诉讼', en: 'Handed to arbitration or court' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  suspended: { zh: '中止审理', en: 'Suspended' },
};

export const ADJUDICATION_ACTIONS = ['accept', 'hear', 'adjudicate', 'agree', 'confirm', 'hand_over', 'withdraw', 'suspend', 'resume', 'extend'] as const;
export const ZAdjudicationAction = z.enum(ADJUDICATION_ACTIONS);
export type TAdjudicationAction = z.infer<typeof ZAdjudicationAction>;
export const ADJUDICATION_ACTION_LABELS: Record<TAdjudicationAction | 'receive', { zh: string; en: string }> = {
  receive: { zh: '收到申请', en: 'Receive' },
  accept: { zh: '受理', en: 'Accept' },
  hear: { zh: '开庭/调解会', en: 'Hold a hearing' },
  adjudicate: { zh: '作出裁决', en: 'Adjudicate' },
  agree: { zh: '达成调解协议', en: 'Record agreement' },
  confirm: { zh: '司法确认', en: 'Record judicial confirmation' },
  hand_over: { zh: '转仲裁或诉讼', en: 'Hand over to arbitration or court' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  suspend: { zh: '中止审理', en: 'Suspend' },
  resume: { zh: '恢复审理', en: 'Resume' },
  extend: { zh: '延长办案期限', en: 'Extend the time limit' },
};

export interface AdjudicationTransition {
  action: TAdjudicationAction;
  from: TAdjudicationStatus;
  to: TAdjudicationStatus;
  level: Extract<TModuleLevel, 'officer' | 'approver'>;
  /** Only for requests of this kind. */
  onlyKind?: TAdjudicationKind;
  /** Only while the time limit has not been extended yet (it is extended once). */
  unlessExtended?: boolean;
}

/** Every edge; a hearing is dated on the timeline and leaves the request accepted. Only an adjudication request is adjudicated, by the approver. */
export const ADJUDICATION_TRANSITIONS: readonly AdjudicationTransition[] = [
  { action: 'accept', from: 'received', to: 'accepted', level: 'officer' },
  { action: 'hear', from: 'accepted', to: 'accepted', level: 'officer' },
  { action: 'adjudicate', from: 'accepted', to: 'adjudicated', level: 'approver', onlyKind: 'adjudication' },
  { action: 'agree', from: 'accepted', to: 'agreed', level: 'officer' },
  { action: 'confirm', from: 'agreed', to: 'confirmed', level: 'officer' },
  { action: 'hand_over', from: 'accepted', to: 'handed_over', level: 'officer' },
  { action: 'withdraw', from: 'received', to: 'withdrawn', level: 'officer' },
  { action: 'withdraw', from: 'accepted', to: 'withdrawn', level: 'officer' },
  // A suspension 中止 (e.g. the patent's validity challenged before the patent office) stops the
  // time limit's clock until the request is resumed; both are the approver's, as for cases.
  { action: 'suspend', from: 'accepted', to: 'suspended', level: 'approver' },
  { action: 'resume', from: 'suspended', to: 'accepted', level: 'approver' },
  { action: 'withdraw', from: 'suspended', to: 'withdrawn', level: 'officer' },
  // The patent-dispute rule lets the time limit be extended once, by at most a month, with the
  // approver's approval (CASE_TIME_LIMIT_RULES' extension); the request stays accepted.
  { action: 'extend', from: 'accepted', to: 'accepted', level: 'approver', onlyKind: 'adjudication', unlessExtended: true },
];

/** A request as the transition table reads it; `extended` (false when left out): its time limit was already extended. */
export interface AdjudicationState {
  kind: TAdjudicationKind;
  status: TAdjudicationStatus;
  extended?: boolean;
}

export function adjudicationTransitionFor(state: AdjudicationState, action: TAdjudicationAction): AdjudicationTransition | undefined {
  return ADJUDICATION_TRANSITIONS.find(
    (t) => t.action === action && t.from === state.status && (!t.onlyKind || t.onlyKind === state.kind) && !(t.unlessExtended && state.extended),
  );
}

export function allowedAdjudicationActions(state: AdjudicationState, roles: readonly string[]): TAdjudicationAction[] {
  return ADJUDICATION_ACTIONS.filter((a) => {
    const t = adjudicationTransitionFor(state, a);
    return t !== undefined && hasModuleLevel(roles, 'protection', t.level);
  });
}

registerDomainMessages({
  'adjudication.patentNumber.required': { 'zh-CN': '专利纠纷行政裁决须填写涉案专利号', en: 'An adjudication names the patent in dispute' },
  'adjudication.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, { params: { i18n: 'adjudication.date.future' } });

const ZPartyInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  creditCode: ZCreditCode.nullable().default(null).describe('Unified social credit code when an organization'),
});

export const ZAdjudicationCreate = z
  .strictObject({
    kind: ZAdjudicationKind,
    requestNumber: z.string().trim().min(1).max(64).describe('The bureau’s number for the request, e.g. 汕知裁〔2025〕3号'),
    subject: z.string().trim().min(1).max(500).describe('What the dispute is about'),
    patentNumber: z.string().trim().max(40).nullable().default(null).describe('Patent in dispute (ZL…), required for an adjudication'),
    applicant: ZPartyInput,
    respondent: ZPartyInput,
    receivedDate: notAfterToday.describe('Date the request was received'),
    district: ZRegionCode,
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'adjudication' && !body.patentNumber) ctx.addIssue({ code: 'custom', path: ['patentNumber'], params: { i18n: 'adjudication.patentNumber.required' } });
    else if (body.patentNumber && !isValidPatentNumber(body.patentNumber)) ctx.addIssue({ code: 'custom', path: ['patentNumber'], params: { i18n: 'patentNumber.format' } });
  });
export type TAdjudicationCreate = z.infer<typeof ZAdjudicationCreate>;
export type TAdjudicationCreateInput = z.input<typeof ZAdjudicationCreate>;

const stepFields = {
  effectiveDate: notAfterToday.describe('Date the step took effect; not before the previous step'),
  version: z.int().min(1),
  note: z.string().trim().max(1000).optional(),
};

export const ZAdjudicationTransitionRequest = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), ...stepFields }),
  z.strictObject({ action: z.literal('hear'), ...stepFields, place: z.string().trim().min(1).max(200).describe('Where the hearing or mediation session was held') }),
  z.strictObject({ action: z.literal('adjudicate'), ...stepFields, decisionNumber: z.string().trim().min(1).max(64).describe('Number of the adjudication decision 裁决书') }),
  z.strictObject({ action: z.literal('agree'), ...stepFields }),
  z.strictObject({ action: z.literal('confirm'), ...stepFields, court: z.string().trim().min(1).max(200).describe('The court that confirmed the agreement') }),
  z.strictObject({ action: z.literal('hand_over'), ...stepFields, recipientKind: z.enum(['arbitration', 'court']), recipientName: z.string().trim().min(1).max(200) }),
  z.strictObject({ action: z.literal('withdraw'), ...stepFields, reason: z.string().trim().min(1).max(1000) }),
  z.strictObject({ action: z.literal('suspend'), ...stepFields, reason: z.string().trim().min(1).max(1000).describe('Why: e.g. an invalidation request against the patent 无效宣告请求') }),
  z.strictObject({ action: z.literal('resume'), ...stepFields }),
  z.strictObject({ action: z.literal('extend'), ...stepFields, reason: z.string().trim().min(1).max(1000).describe('Why the time limit is extended (complex case, expert opinion pending …)') }),
]);
export type TAdjudicationTransitionRequest = z.infer<typeof ZAdjudicationTransitionRequest>;
export type TAdjudicationTransitionInput = z.input<typeof ZAdjudicationTransitionRequest>;

export const ZAdjudicationEvent = z.object({
  id: z.uuid(),
  action: z.enum(['receive', ...ADJUDICATION_ACTIONS]),
  fromStatus: ZAdjudicationStatus.nullable(),
  toStatus: ZAdjudicationStatus,
  effectiveDate: ZCalendarDate,
  details: z.record(z.string(), z.string()),
  note: z.string().nullable(),
  actorName: z.string(),
  recordedAt: ZInstant,
});
export type TAdjudicationEvent = z.infer<typeof ZAdjudicationEvent>;

export const ZAdjudicationRequest = z.object({
  id: z.uuid(),
  kind: ZAdjudicationKind,
  requestNumber: z.string(),
  subject: z.string(),
  patentNumber: z.string().nullable(),
  applicant: z.object({ name: z.string(), creditCode: z.string().nullable() }),
  respondent: z.object({ name: z.string(), creditCode: z.string().nullable() }),
  receivedDate: ZCalendarDate,
  acceptedDate: ZCalendarDate.nullable(),
  status: ZAdjudicationStatus,
  statusDate: ZCalendarDate,
  district: ZRegionCode,
  version: z.int(),
  allowedActions: z.array(ZAdjudicationAction),
  /** An accepted patent-dispute adjudication is held to the patent-dispute time limit from acceptance, on the working-day calendar; days suspended are not counted. */
  deadline: ZCaseDeadline.nullable(),
  createdAt: ZInstant,
});
export type TAdjudicationRequest = z.infer<typeof ZAdjudicationRequest>;

export const ZAdjudicationDetail = ZAdjudicationRequest.extend({ timeline: z.array(ZAdjudicationEvent) });
export type TAdjudicationDetail = z.infer<typeof ZAdjudicationDetail>;

export const ZAdjudicationListQuery = ZPageQuery.extend({
  kind: ZAdjudicationKind.optional(),
  status: ZAdjudicationStatus.optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TAdjudicationListQuery = z.infer<typeof ZAdjudicationListQuery>;
