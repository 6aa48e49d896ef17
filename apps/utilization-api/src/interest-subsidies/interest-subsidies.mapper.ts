import { compareMoney } from '@ipbureau/domain';
import type { TInterestSubsidy, TInterestSubsidyLine, TInterestSubsidyRule } from '@ipbureau/domain/utilization';
import type { PaymentApprovalEntity } from '../payment-approvals/payment-approval.entity.js';
import { showRatio } from '../risk-fund/risk-fund.mapper.js';
import type { InterestSubsidyEntity, InterestSubsidyLineEntity, InterestSubsidyRuleEntity } from './interest-subsidy.entities.js';

export function mapInterestSubsidyRule(rule: InterestSubsidyRuleEntity): TInterestSubsidyRule {
  return {
    id: rule.id,
    subsidyRatio: showRatio(rule.subsidyRatio),
    annualCapPerEnterprise: rule.annualCapPerEnterprise,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    basis: rule.basis,
    district: rule.regionCode,
    createdAt: rule.createdAt.toISOString(),
  };
}

export function mapInterestSubsidyLine(line: InterestSubsidyLineEntity): TInterestSubsidyLine {
  return {
    lineNo: line.lineNo,
    periodFrom: line.periodFrom,
    periodTo: line.periodTo,
    paidOn: line.paidOn,
    interestPaid: line.interestPaid,
    ruleId: line.ruleId,
    subsidyRatio: showRatio(line.subsidyRatio),
    computed: line.computed,
    capYear: line.capYear,
    annualCap: line.annualCap,
    capRemainingBefore: line.capRemainingBefore,
    granted: line.granted,
    capped: compareMoney(line.granted, line.computed) < 0,
  };
}

export function mapInterestSubsidy(subsidy: InterestSubsidyEntity, approval: PaymentApprovalEntity | undefined): TInterestSubsidy {
  return {
    id: subsidy.id,
    pledgeId: subsidy.pledgeId,
    enterpriseName: subsidy.enterpriseName,
    enterpriseCreditCode: subsidy.enterpriseCreditCode,
    lenderName: subsidy.lenderName,
    applicationDate: subsidy.applicationDate,
    interestTotal: subsidy.interestTotal,
    amount: subsidy.amount,
    status: subsidy.status,
    paidOn: subsidy.paidOn,
    opinion: approval?.opinion ?? null,
    enteredBy: subsidy.createdBy,
    enteredByName: approval?.enteredByName ?? '',
    decidedByName: approval?.decidedByName ?? null,
    district: subsidy.regionCode,
    version: subsidy.version,
    createdAt: subsidy.createdAt.toISOString(),
  };
}
