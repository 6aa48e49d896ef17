import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZCalendarDate } from '../common/scalars.js';
import { compareMoney, ZMoney } from '../money/money.js';
import { hasModuleLevel, type TModuleLevel } from '../identity/roles.js';

/**
 * The life of an enforcement case as data: which action leads from which status to which, and
 * who may take it. An officer 承办人 handles the case; the approver 审批负责人 (a section chief or
 * the bureau's leader) decides it, closes it, and approves the decisions that end it early
 * (transfer to the police or a court, withdrawal of the registration).
 */
export const CASE_STATUSES = ['registered', 'investigating', 'suspended', 'decided', 'executed', 'closed', 'transferred', 'withdrawn', 'mediated'] as const;
export const ZCaseStatus = z.enum(CASE_STATUSES);
export type TCaseStatus = z.infer<typeof ZCaseStatus>;

export const CASE_STATUS_LABELS: Record<TCaseStatus, { zh: string; en: string }> = {
  registered: { zh: '已立案', en: 'Registered' },
  investigating: { zh: '调查中', en: 'Under investigation' },
  suspended: { zh: '中止调查', en: 'Suspended' },
  decided: { zh: '已作出处理决定', en: 'Decided' },
  executed: { zh: '已执行', en: 'Executed' },
  closed: { zh: '已结案', en: 'Closed' },
  transferred: { zh: '已移送', en: 'Transferred' },
  withdrawn: { zh: '已撤销立案', en: 'Withdrawn' },
  mediated: { zh: '调解结案', en: 'Mediated' },
};

/** Statuses after which a case is no longer open (the `cases.open` stock leaves it out). */
export const CASE_ENDED_STATUSES = ['closed', 'transferred', 'withdrawn', 'mediated'] as const satisfies readonly TCaseStatus[];

export const CASE_ACTIONS = ['investigate', 'suspend', 'resume', 'extend', 'decide', 'execute', 'close', 'transfer', 'withdraw', 'mediate'] as const;
export const ZCaseAction = z.enum(CASE_ACTIONS);
export type TCaseAction = z.infer<typeof ZCaseAction>;

export const CASE_ACTION_LABELS: Record<TCaseAction, { zh: string; en: string }> = {
  investigate: { zh: '开始调查', en: 'Start investigation' },
  suspend: { zh: '中止调查', en: 'Suspend' },
  resume: { zh: '恢复调查', en: 'Resume' },
  extend: { zh: '延长办案期限', en: 'Extend the time limit' },
  decide: { zh: '作出处理决定', en: 'Decide' },
  execute: { zh: '执行完毕', en: 'Record execution' },
  close: { zh: '结案', en: 'Close' },
  transfer: { zh: '移送', en: 'Transfer' },
  withdraw: { zh: '撤销立案', en: 'Withdraw' },
  mediate: { zh: '调解结案', en: 'Record mediation' },
};

/** Outcome of a decision: an administrative punishment 行政处罚, or the violation not established 违法事实不成立. */
export const CASE_OUTCOMES = ['punished', 'not_established'] as const;
export const ZCaseOutcome = z.enum(CASE_OUTCOMES);
export type TCaseOutcome = z.infer<typeof ZCaseOutcome>;

export const CASE_OUTCOME_LABELS: Record<TCaseOutcome, { zh: string; en: string }> = {
  punished: { zh: '给予行政处罚', en: 'Punished' },
  not_established: { zh: '违法事实不成立', en: 'Not established' },
};

export const TRANSFER_RECIPIENT_KINDS = ['police', 'court'] as const;
export const ZTransferRecipientKind = z.enum(TRANSFER_RECIPIENT_KINDS);
export type TTransferRecipientKind = z.infer<typeof ZTransferRecipientKind>;

export const TRANSFER_RECIPIENT_KIND_LABELS: Record<TTransferRecipientKind, { zh: string; en: string }> = {
  police: { zh: '公安机关', en: 'Police' },
  court: { zh: '人民法院', en: 'Court' },
};

export interface CaseTransition {
  action: TCaseAction;
  from: TCaseStatus;
  to: TCaseStatus;
  /** The least role in the protection module that may take it (an approver may also take officer actions). */
  level: Extract<TModuleLevel, 'officer' | 'approver'>;
  /** Only when the case's decision had this outcome. */
  whenOutcome?: TCaseOutcome;
  /** Only while the case's time limit has not been extended yet (it is extended once). */
  unlessExtended?: true;
}

/**
 * Every edge of the case's life. A punishment is executed before the case is closed; a decision
 * that the violation is not established leaves nothing to execute, so that case is closed
 * directly. Transfer, withdrawal and mediation end a case before any decision.
 */
export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  { action: 'investigate', from: 'registered', to: 'investigating', level: 'officer' },
  // A suspension 中止 (e.g. awaiting a court's or the patent office's ruling on the right) stops
  // the time limit's clock until the investigation resumes; both are approved by the approver.
  { action: 'suspend', from: 'investigating', to: 'suspended', level: 'approver' },
  { action: 'resume', from: 'suspended', to: 'investigating', level: 'approver' },
  // The approver may extend the time limit once, by what the case's rule allows; the status stays.
  { action: 'extend', from: 'investigating', to: 'investigating', level: 'approver', unlessExtended: true },
  { action: 'decide', from: 'investigating', to: 'decided', level: 'approver' },
  { action: 'execute', from: 'decided', to: 'executed', level: 'officer', whenOutcome: 'punished' },
  { action: 'close', from: 'executed', to: 'closed', level: 'approver' },
  { action: 'close', from: 'decided', to: 'closed', level: 'approver', whenOutcome: 'not_established' },
  { action: 'transfer', from: 'registered', to: 'transferred', level: 'approver' },
  { action: 'transfer', from: 'investigating', to: 'transferred', level: 'approver' },
  { action: 'withdraw', from: 'registered', to: 'withdrawn', level: 'approver' },
  { action: 'withdraw', from: 'investigating', to: 'withdrawn', level: 'approver' },
  { action: 'withdraw', from: 'suspended', to: 'withdrawn', level: 'approver' },
  { action: 'mediate', from: 'registered', to: 'mediated', level: 'officer' },
  { action: 'mediate', from: 'investigating', to: 'mediated', level: 'officer' },
];

export interface CaseState {
  status: TCaseStatus;
  outcome: TCaseOutcome | null;
  /** Whether the time limit was already extended (false when left out). */
  extended?: boolean;
}

/** The edge an action takes from a case's state, whoever asks; undefined when there is none. */
export function transitionFor(state: CaseState, action: TCaseAction): CaseTransition | undefined {
  return CASE_TRANSITIONS.find(
    (t) => t.action === action && t.from === state.status && (!t.whenOutcome || t.whenOutcome === state.outcome) && !(t.unlessExtended && state.extended),
  );
}

/** The actions the state allows, whoever asks, in table order. */
export function possibleActions(state: CaseState): TCaseAction[] {
  return [...new Set(CASE_TRANSITIONS.filter((t) => transitionFor(state, t.action) === t).map((t) => t.action))];
}

/** The actions the holder of `roles` may take next (the buttons the case page shows). */
export function allowedActions(state: CaseState, roles: readonly string[]): TCaseAction[] {
  return possibleActions(state).filter((action) => hasModuleLevel(roles, 'protection', transitionFor(state, action)!.level));
}

registerDomainMessages({
  'case.effectiveDate.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  'case.decision.amountsRequired': { 'zh-CN': '给予行政处罚时须填写罚款和没收金额（无则填 0）', en: 'A punishment needs the fine and the confiscated amount (0 when none)' },
  'case.decision.noAmounts': { 'zh-CN': '违法事实不成立时不能填写罚款或没收金额', en: 'No fine or confiscation when the violation is not established' },
  'case.decision.nothingImposed': { 'zh-CN': '行政处罚的罚款与没收金额不能都为零', en: 'A punishment must impose a fine or a confiscation' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, {
  params: { i18n: 'case.effectiveDate.future' },
});

const transitionFields = {
  effectiveDate: notAfterToday.describe('Date the step took effect (a legal date: the decision’s date, the transfer letter’s date …); not in the future'),
  version: z.int().min(1).describe('The case’s version as last read; a case changed since answers 409'),
  note: z.string().trim().max(1000).optional().describe('Remark kept on the timeline'),
};

/**
 * A step in a case's life, `POST /cases/:id/transitions`. Each action carries what its step
 * records: the decision its outcome and amounts, a transfer its receiving body, a mediation the
 * date the agreement was signed.
 */
export const ZCaseTransitionRequest = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('investigate'), ...transitionFields }),
  z
    .strictObject({
      action: z.literal('decide'),
      ...transitionFields,
      outcome: ZCaseOutcome,
      decisionNumber: z.string().trim().min(1).max(64).describe('Number of the decision document 决定书文号, e.g. 汕市监知罚〔2025〕8号'),
      fineAmount: ZMoney.optional().describe('Fine 罚款 in yuan, e.g. "50000.00"; only with a punishment'),
      confiscationAmount: ZMoney.optional().describe('Value of illegal gains and goods confiscated 没收 in yuan; only with a punishment'),
    })
    .superRefine((body, ctx) => {
      if (body.outcome === 'punished') {
        for (const field of ['fineAmount', 'confiscationAmount'] as const) {
          if (body[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], params: { i18n: 'case.decision.amountsRequired' } });
        }
        if (body.fineAmount !== undefined && body.confiscationAmount !== undefined && compareMoney(body.fineAmount, '0') === 0 && compareMoney(body.confiscationAmount, '0') === 0) {
          ctx.addIssue({ code: 'custom', path: ['fineAmount'], params: { i18n: 'case.decision.nothingImposed' } });
        }
      } else {
        for (const field of ['fineAmount', 'confiscationAmount'] as const) {
          if (body[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], params: { i18n: 'case.decision.noAmounts' } });
        }
      }
    }),
  z.strictObject({ action: z.literal('suspend'), ...transitionFields, reason: z.string().trim().min(1).max(1000).describe('Why the investigation is suspended 中止') }),
  z.strictObject({ action: z.literal('resume'), ...transitionFields }),
  z.strictObject({ action: z.literal('extend'), ...transitionFields, reason: z.string().trim().min(1).max(1000).describe('Why the case needs longer (approved by the approver)') }),
  z.strictObject({ action: z.literal('execute'), ...transitionFields }),
  z.strictObject({ action: z.literal('close'), ...transitionFields }),
  z.strictObject({
    action: z.literal('transfer'),
    ...transitionFields,
    recipientKind: ZTransferRecipientKind,
    recipientName: z.string().trim().min(1).max(200).describe('The receiving body, e.g. 汕头市公安局金平分局'),
  }),
  z.strictObject({ action: z.literal('withdraw'), ...transitionFields, reason: z.string().trim().min(1).max(1000).describe('Why the registration is withdrawn') }),
  z.strictObject({
    action: z.literal('mediate'),
    ...transitionFields,
    agreementDate: notAfterToday.describe('Date the parties signed the mediation agreement 调解协议'),
  }),
]);
export type TCaseTransitionRequest = z.infer<typeof ZCaseTransitionRequest>;
/** The request body as a client writes it (amounts may be numbers that print exactly). */
export type TCaseTransitionInput = z.input<typeof ZCaseTransitionRequest>;
