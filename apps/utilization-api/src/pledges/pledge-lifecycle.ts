import { addMoney, compareMoney, subtractMoney, todayInChina } from '@ipbureau/domain';
import { PLEDGE_ACTION_LABELS, PLEDGE_STATUS_LABELS, PLEDGE_TRANSITIONS, allowedPledgeActions, type TPledgeStatus, type TPledgeTransition } from '@ipbureau/domain/utilization';
import { conflict, text, unprocessable } from '@ipbureau/nest-kit';

/** What a transition reads of a pledge. */
export interface PledgeLoanState {
  status: TPledgeStatus;
  loanAmount: string;
  disbursedAmount: string;
  repaidAmount: string;
  maturityDate: string | null;
  /** Effective date of the latest event: a step can not take effect before it. */
  lastEventDate: string;
}

/** What a transition changes: the pledge's new columns and the event that records the step. */
export interface PledgeStep {
  status: TPledgeStatus;
  set: Partial<{ registrationNumber: string; registrationDate: string; disbursementDate: string; maturityDate: string; disbursedAmount: string; repaidAmount: string }>;
  event: { amount: string | null; registrationNumber: string | null; maturityDate: string | null };
}

const list = (items: readonly string[], sep: string) => (items.length ? items.join(sep) : '—');

/**
 * The one function that applies PLEDGE_TRANSITIONS: checks the step against the table (409
 * naming the allowed steps), its date against the timeline and its amounts against the ledger
 * (422), and returns the change. It writes nothing; the service stores what it returns.
 */
export function applyPledgeTransition(state: PledgeLoanState, input: TPledgeTransition, today = todayInChina()): PledgeStep {
  const rule = PLEDGE_TRANSITIONS[input.action];
  if (!rule.from.includes(state.status)) {
    const allowed = allowedPledgeActions(state.status);
    const label = PLEDGE_ACTION_LABELS[input.action];
    const status = PLEDGE_STATUS_LABELS[state.status];
    throw conflict(
      text(
        `「${status.zh}」的质押不能${label.zh}；可执行的操作：${list(allowed.map((a) => `${PLEDGE_ACTION_LABELS[a].zh}（${a}）`), '、')}`,
        `A pledge that is ${state.status} can not take '${input.action}'; allowed: ${list(allowed, ', ')}`,
      ),
    );
  }
  if (input.effectiveDate < state.lastEventDate) {
    throw unprocessable(text(`生效日期不能早于上一事件的日期 ${state.lastEventDate}`, `The effective date can not be before the previous event's date, ${state.lastEventDate}`));
  }
  if (input.effectiveDate > today) {
    throw unprocessable(text(`生效日期不能晚于今天（${today}）`, `The effective date can not be after today (${today})`));
  }
  const none = { amount: null, registrationNumber: null, maturityDate: null };
  switch (input.action) {
    case 'register':
      return {
        status: rule.to,
        set: { registrationNumber: input.registrationNumber, registrationDate: input.effectiveDate },
        event: { ...none, registrationNumber: input.registrationNumber },
      };
    case 'disburse':
      if (compareMoney(input.amount, state.loanAmount) > 0) {
        throw unprocessable(text(`放款金额 ${input.amount} 超过贷款金额 ${state.loanAmount}`, `The disbursement ${input.amount} exceeds the loan amount ${state.loanAmount}`));
      }
      return {
        status: rule.to,
        set: { disbursementDate: input.effectiveDate, maturityDate: input.maturityDate, disbursedAmount: input.amount },
        event: { ...none, amount: input.amount, maturityDate: input.maturityDate },
      };
    case 'repay': {
      const outstanding = subtractMoney(state.disbursedAmount, state.repaidAmount);
      const left = subtractMoney(outstanding, input.amount);
      if (compareMoney(left, '0') < 0) {
        throw unprocessable(text(`还款金额 ${input.amount} 超过未偿本金 ${outstanding}`, `The repayment ${input.amount} exceeds the outstanding principal ${outstanding}`));
      }
      // Repaid once nothing is outstanding; a partial repayment leaves the status as it was.
      return { status: compareMoney(left, '0') === 0 ? rule.to : state.status, set: { repaidAmount: addMoney(state.repaidAmount, input.amount) }, event: { ...none, amount: input.amount } };
    }
    case 'extend':
      if (state.maturityDate !== null && input.maturityDate <= state.maturityDate) {
        throw unprocessable(text(`展期后的到期日须晚于当前到期日 ${state.maturityDate}`, `The new maturity date must be after the current one, ${state.maturityDate}`));
      }
      return { status: rule.to, set: { maturityDate: input.maturityDate }, event: { ...none, maturityDate: input.maturityDate } };
    case 'default':
    case 'release':
    case 'withdraw':
      return { status: rule.to, set: {}, event: none };
  }
}
