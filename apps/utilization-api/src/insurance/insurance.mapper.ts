import { sumMoney, toMoney } from '@ipbureau/domain';
import { allowedClaimActions, type TInsuranceClaim, type TInsurancePolicy, type TInsurancePolicyDetail, type TPremiumSubsidyPayment } from '@ipbureau/domain/utilization';
import type { InsuranceClaimEntity, InsurancePolicyEntity } from './insurance-policy.entity.js';

export function mapPolicy(p: InsurancePolicyEntity, paidClaims: string): TInsurancePolicy {
  return {
    id: p.id,
    kind: p.kind,
    policyNumber: p.policyNumber,
    insurerName: p.insurerName,
    insuredName: p.insuredName,
    insuredCreditCode: p.insuredCreditCode,
    insuredSum: toMoney(p.insuredSum),
    premium: toMoney(p.premium),
    premiumSubsidy: toMoney(p.premiumSubsidy),
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    rights: p.rights,
    district: p.regionCode,
    note: p.note,
    paidClaims: toMoney(paidClaims),
    premiumSubsidyPaidAmount: p.premiumSubsidyPaidAmount === null ? null : toMoney(p.premiumSubsidyPaidAmount),
    premiumSubsidyPaidOn: p.premiumSubsidyPaidOn,
    version: p.version,
    departmentId: p.departmentId,
    createdAt: p.createdAt.toISOString(),
    createdBy: p.createdBy,
  };
}

export function mapClaim(c: InsuranceClaimEntity): TInsuranceClaim {
  return {
    id: c.id,
    policyId: c.policyId,
    seq: c.seq,
    filedDate: c.filedDate,
    claimedAmount: toMoney(c.claimedAmount),
    description: c.description,
    status: c.status,
    paidAmount: c.paidAmount === null ? null : toMoney(c.paidAmount),
    decidedDate: c.decidedDate,
    refusalReason: c.refusalReason,
    allowedActions: allowedClaimActions(c.status),
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    createdBy: c.createdBy,
  };
}

export const paidOn = (claims: InsuranceClaimEntity[]) => sumMoney(claims.flatMap((c) => (c.paidAmount === null ? [] : [c.paidAmount])));

export function mapPolicyDetail(p: InsurancePolicyEntity, claims: InsuranceClaimEntity[], subsidyPayments: TPremiumSubsidyPayment[]): TInsurancePolicyDetail {
  return { ...mapPolicy(p, paidOn(claims)), claims: claims.map(mapClaim), subsidyPayments };
}
