import { z } from 'zod';
import type { TModuleLevel } from '../identity/roles.js';

/**
 * The pledge lifecycle as data. One table says which step leads from which status to which,
 * and who may take it; the service applies it with one function, the UI reads it to show the
 * buttons, and tests walk every edge.
 *
 * applied 已申请 → registered 已登记 (registration number, date) → disbursed 已放款 (date, amount,
 * maturity) → repaid 已还清 (repayments bring the outstanding principal to zero) or extended 已展期
 * (new maturity) → released 已解押. From disbursed or extended: defaulted 已违约.
 * An application that goes no further is withdrawn 已撤回; a registered pledge whose loan was
 * never disbursed may be released.
 */
export const PLEDGE_STATUSES = ['applied', 'registered', 'disbursed', 'extended', 'repaid', 'defaulted', 'released', 'withdrawn'] as const;
export const ZPledgeStatus = z.enum(PLEDGE_STATUSES);
export type TPledgeStatus = z.infer<typeof ZPledgeStatus>;

/**
 * While a pledge is in one of these, its right is pledged and can not be pledged again. Repaid
 * frees it (the loan it secured is gone; release is then a formality), as do released and
 * withdrawn. A defaulted loan still holds its collateral.
 */
export const PLEDGE_ACTIVE_STATUSES = ['applied', 'registered', 'disbursed', 'extended', 'defaulted'] as const satisfies readonly TPledgeStatus[];

export const PLEDGE_ACTIONS = ['register', 'disburse', 'repay', 'extend', 'default', 'release', 'withdraw'] as const;
export const ZPledgeAction = z.enum(PLEDGE_ACTIONS);
export type TPledgeAction = z.infer<typeof ZPledgeAction>;

/** The timeline also shows the application that opened it. */
export const ZPledgeEventAction = z.enum(['apply', ...PLEDGE_ACTIONS]);
export type TPledgeEventAction = z.infer<typeof ZPledgeEventAction>;

export interface TPledgeTransitionRule {
  from: readonly TPledgeStatus[];
  /** The status after the step. `repay` reaches it only when nothing is left outstanding; before that the status stays. */
  to: TPledgeStatus;
  /**
   * Officers (科员) enter what the lender reports; releasing the collateral (解押) ends the
   * bureau's record of the security, so a section chief (approver) confirms it.
   */
  level: TModuleLevel;
}

export const PLEDGE_TRANSITIONS: Record<TPledgeAction, TPledgeTransitionRule> = {
  register: { from: ['applied'], to: 'registered', level: 'officer' },
  withdraw: { from: ['applied'], to: 'withdrawn', level: 'officer' },
  disburse: { from: ['registered'], to: 'disbursed', level: 'officer' },
  repay: { from: ['disbursed', 'extended'], to: 'repaid', level: 'officer' },
  extend: { from: ['disbursed', 'extended'], to: 'extended', level: 'officer' },
  default: { from: ['disbursed', 'extended'], to: 'defaulted', level: 'officer' },
  release: { from: ['registered', 'repaid', 'defaulted'], to: 'released', level: 'approver' },
};

/** The steps a pledge in `status` may take next, in the table's order. */
export function allowedPledgeActions(status: TPledgeStatus): TPledgeAction[] {
  return PLEDGE_ACTIONS.filter((action) => PLEDGE_TRANSITIONS[action].from.includes(status));
}

export const PLEDGE_STATUS_LABELS: Record<TPledgeStatus, { zh: string; en: string }> = {
  applied: { zh: '已申请', en: 'Applied' },
  registered: { zh: '已登记', en: 'Registered' },
  disbursed: { zh: '已放款', en: 'Disbursed' },
  extended: { zh: '已展期', en: 'Extended' },
  repaid: { zh: '已还清', en: 'Repaid' },
  defaulted: { zh: '已违约', en: 'Defaulted' },
  released: { zh: '已解押', en: 'Released' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const PLEDGE_ACTION_LABELS: Record<TPledgeEventAction, { zh: string; en: string }> = {
  apply: { zh: '申请', en: 'Application' },
  register: { zh: '质押登记', en: 'Registration' },
  disburse: { zh: '放款', en: 'Disbursement' },
  repay: { zh: '还款', en: 'Repayment' },
  extend: { zh: '展期', en: 'Extension' },
  default: { zh: '违约', en: 'Default' },
  release: { zh: '解押', en: 'Release' },
  withdraw: { zh: '撤回', en: 'Withdrawal' },
};
