import { addMoney, compareMoney, multiplyMoney } from '@ipbureau/domain';
import type { TFund, TFundClaim, TFundEntry, TFundEntryKind, TFundRule } from '@ipbureau/domain/utilization';
import type { PaymentApprovalEntity } from '../payment-approvals/payment-approval.entity.js';
import type { FundClaimEntity, FundEntity, FundRuleEntity } from './fund.entities.js';

/** A ratio as stored (numeric(5,4), "0.4000") shown as written: "0.4". */
export const showRatio = (ratio: string) => ratio.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

export function mapFund(fund: FundEntity): TFund {
  return { id: fund.id, name: fund.name, district: fund.regionCode, balance: addMoney(fund.balance, '0'), createdAt: fund.createdAt.toISOString() };
}

export function mapFundRule(rule: FundRuleEntity): TFundRule {
  return {
    id: rule.id,
    fundId: rule.fundId,
    compensationRatio: showRatio(rule.compensationRatio),
    capPerLoan: rule.capPerLoan,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    basis: rule.basis,
    createdAt: rule.createdAt.toISOString(),
  };
}

/** A ledger row as read with its running balance (risk-fund.service.ts LEDGER_SQL). */
export interface FundEntryRow {
  id: string;
  seq: number;
  kind: TFundEntryKind;
  entry_date: string;
  amount: string;
  funder_name: string | null;
  pledge_id: string | null;
  claim_id: string | null;
  note: string | null;
  created_at: Date;
  created_by_name: string;
  balance_after: string;
}

export function mapFundEntry(row: FundEntryRow): TFundEntry {
  const amount = addMoney(row.amount, '0');
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    entryDate: row.entry_date,
    amount,
    signedAmount: row.kind === 'claim_payment' ? multiplyMoney(amount, '-1') : amount,
    balanceAfter: addMoney(row.balance_after, '0'),
    funderName: row.funder_name,
    pledgeId: row.pledge_id,
    claimId: row.claim_id,
    note: row.note,
    recordedAt: new Date(row.created_at).toISOString(),
    recordedByName: row.created_by_name,
  };
}

export function mapFundClaim(claim: FundClaimEntity, approval: PaymentApprovalEntity | undefined): TFundClaim {
  return {
    id: claim.id,
    fundId: claim.fundId,
    pledgeId: claim.pledgeId,
    lenderName: claim.lenderName,
    pledgorName: claim.pledgorName,
    pledgorCreditCode: claim.pledgorCreditCode,
    defaultDate: claim.defaultDate,
    claimDate: claim.claimDate,
    lossAmount: claim.lossAmount,
    ruleId: claim.ruleId,
    compensationRatio: showRatio(claim.compensationRatio),
    capPerLoan: claim.capPerLoan,
    computedAmount: claim.computedAmount,
    amount: claim.amount,
    capped: compareMoney(claim.amount, claim.computedAmount) < 0,
    recoveredAmount: addMoney(claim.recoveredAmount, '0'),
    status: claim.status,
    paidOn: claim.paidOn,
    opinion: approval?.opinion ?? null,
    enteredBy: claim.createdBy,
    enteredByName: approval?.enteredByName ?? '',
    decidedByName: approval?.decidedByName ?? null,
    district: claim.regionCode,
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
  };
}
