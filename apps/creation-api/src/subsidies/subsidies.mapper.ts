import { allowedSubsidyActions, type TAbnormalFlag, type TClawbackCase, type TClawbackRecovery, type TSubsidyApplication, type TSubsidyRule, type TSubsidyStep } from '@ipbureau/domain/creation';
import { subtractMoney, sumMoney, type TPatentType } from '@ipbureau/domain';
import type { AbnormalFlagEntity, ClawbackCaseEntity, ClawbackRecoveryEntity, SubsidyApplicationEntity, SubsidyRuleEntity, SubsidyStepEntity } from './subsidy.entities.js';

/** Response shapes; the entities never leave the services. */
export function mapRule(rule: SubsidyRuleEntity): TSubsidyRule {
  return {
    id: rule.id,
    patentType: rule.patentType,
    kind: rule.kind,
    amount: rule.amount,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    basis: rule.basis,
    version: rule.version,
    createdAt: rule.createdAt.toISOString(),
    createdBy: rule.createdBy,
  };
}

export function mapApplication(app: SubsidyApplicationEntity, patent: { applicationNumber: string; patentType: TPatentType }): TSubsidyApplication {
  return {
    id: app.id,
    creditCode: app.creditCode,
    entityName: app.entityName,
    patentId: app.patentId,
    applicationNumber: patent.applicationNumber,
    patentType: patent.patentType,
    kind: app.kind,
    applicationDate: app.applicationDate,
    ruleId: app.ruleId,
    amount: app.amount,
    status: app.status,
    paidOn: app.paidOn,
    voucherNumber: app.voucherNumber,
    district: app.regionCode,
    allowedActions: allowedSubsidyActions(app.status),
    version: app.version,
    createdAt: app.createdAt.toISOString(),
    createdBy: app.createdBy,
  };
}

export function mapStep(step: SubsidyStepEntity): TSubsidyStep {
  return {
    seq: step.seq,
    action: step.action,
    fromStatus: step.fromStatus,
    toStatus: step.toStatus,
    effectiveDate: step.effectiveDate,
    opinion: step.opinion,
    actorId: step.actorId,
    actorName: step.actorName,
    createdAt: step.createdAt.toISOString(),
  };
}

export function mapFlag(flag: AbnormalFlagEntity): TAbnormalFlag {
  return {
    id: flag.id,
    creditCode: flag.creditCode,
    flaggedOn: flag.flaggedOn,
    source: flag.source,
    applicationNumber: flag.applicationNumber,
    note: flag.note,
    createdAt: flag.createdAt.toISOString(),
    createdBy: flag.createdBy,
  };
}

export function mapRecovery(r: ClawbackRecoveryEntity): TClawbackRecovery {
  return { id: r.id, receivedOn: r.receivedOn, amount: r.amount, voucherNumber: r.voucherNumber, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy };
}

export function mapCase(c: ClawbackCaseEntity, facts: { applicationNumber: string; creditCode: string; recoveredAmounts: readonly string[] }): TClawbackCase {
  const recovered = sumMoney(facts.recoveredAmounts);
  return {
    id: c.id,
    subsidyId: c.subsidyId,
    patentId: c.patentId,
    applicationNumber: facts.applicationNumber,
    creditCode: facts.creditCode,
    reason: c.reason,
    openedOn: c.openedOn,
    amountOwed: c.amountOwed,
    recovered,
    outstanding: c.status === 'written_off' ? '0.00' : subtractMoney(c.amountOwed, recovered),
    status: c.status,
    closedOn: c.closedOn,
    writeOffOpinion: c.writeOffOpinion,
    district: c.regionCode,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
  };
}
