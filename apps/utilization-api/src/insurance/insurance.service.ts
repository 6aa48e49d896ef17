import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addMoney, compareMoney, formatYuan, subtractMoney, type TPage } from '@ipbureau/domain';
import {
  CLAIM_ACTION_LABELS,
  CLAIM_STATUS_LABELS,
  CLAIM_TRANSITIONS,
  type TInsuranceClaimCreate,
  type TInsuranceClaimTransition,
  type TInsurancePolicy,
  type TInsurancePolicyCreate,
  type TInsurancePolicyDetail,
  type TInsurancePolicyListQuery,
  type TInsurancePolicyUpdate,
} from '@ipbureau/domain/utilization';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertNotFuture, assertVersion, containing, fieldError, fieldRefusal, sentFields, transitionOrConflict } from '../product-rules/product.rules.js';
import { PaymentApprovals } from '../payment-approvals/payment-approvals.service.js';
import { subsidyPaymentsOf } from '../premium-subsidies/premium-subsidies.service.js';
import { PremiumSubsidyPaymentEntity } from '../premium-subsidies/premium-subsidy-payment.entity.js';
import { InsuranceClaimEntity, InsurancePolicyEntity } from './insurance-policy.entity.js';
import { mapClaim, mapPolicy, mapPolicyDetail, paidOn } from './insurance.mapper.js';

const policyNotFound = () => notFound('保险保单', 'Insurance policy');
const claimNotFound = () => notFound('理赔记录', 'Insurance claim');

@Injectable()
export class InsuranceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
    private readonly approvals: PaymentApprovals,
  ) {}

  async create(ctx: AuthenticatedContext, input: TInsurancePolicyCreate): Promise<TInsurancePolicyDetail> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的保单', 'You may not record a policy outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(InsurancePolicyEntity);
      // Policy numbers are unique across the whole table, not only the caller's scope.
      if (await repository.existsBy({ policyNumber: input.policyNumber })) {
        throw conflict(text(`保单号 ${input.policyNumber} 已登记`, `Policy ${input.policyNumber} is already recorded`));
      }
      const { district: _district, ...fields } = input;
      const row = await repository.save(repository.create({ ...fields, rights: input.rights ?? [], note: input.note ?? null, ...owner }));
      const policy = mapPolicyDetail(row, [], []);
      await this.audit.record(em, ctx, { entity: 'insurance_policy', entityId: row.id, action: 'create', after: mapPolicy(row, '0'), regionCode: row.regionCode });
      return policy;
    });
  }

  /** Corrections, checked again on the result: the subsidy within the premium, the period in order and covering its claims, claims paid within the insured sum. */
  async update(ctx: AuthenticatedContext, id: string, input: TInsurancePolicyUpdate): Promise<TInsurancePolicyDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const policy = await this.lockPolicy(em, ctx, id);
      const { version, ...fields } = input;
      assertVersion(policy.version, version);
      const claims = await this.claims(em, id);
      const before = mapPolicy(policy, paidOn(claims));
      if (fields.premiumSubsidy !== undefined && compareMoney(fields.premiumSubsidy, policy.premiumSubsidy) !== 0) {
        const open = await em.getRepository(PremiumSubsidyPaymentEntity).createQueryBuilder('s').where(`s.policy_id = :id AND s.status <> 'rejected'`, { id }).getOne();
        if (open !== null) {
          throw conflict(
            text(
              open.status === 'approved' ? `保费补贴已于 ${open.paidOn} 支付，不能再修改` : '保费补贴的支付正在审批中，不能修改；如需修改请先由审批人驳回该笔支付',
              open.status === 'approved' ? `The premium subsidy was paid on ${open.paidOn}; it can not be changed` : 'The premium subsidy’s payment awaits approval; it can not be changed unless that payment is rejected',
            ),
          );
        }
      }
      Object.assign(policy, sentFields(fields));
      if (compareMoney(policy.premiumSubsidy, policy.premium) > 0) throw fieldError(ctx.locale, 'premiumSubsidy', '保费补贴不能超过保费', 'The premium subsidy must not exceed the premium');
      if (policy.periodTo <= policy.periodFrom) throw fieldError(ctx.locale, 'periodTo', '保险期间的终止日期必须晚于起始日期', 'The period must end after it starts');
      const early = claims.find((c) => c.filedDate < policy.periodFrom);
      if (early) {
        throw fieldRefusal(ctx.locale, 'periodFrom', `已有 ${early.filedDate} 报案的理赔，保险期间不能晚于该日开始`, `A claim was filed on ${early.filedDate}: the cover can not start after it`);
      }
      if (compareMoney(paidOn(claims), policy.insuredSum) > 0) {
        throw fieldRefusal(ctx.locale, 'insuredSum', '保险金额不能低于已赔付金额', 'The insured sum can not be below what its claims have been paid');
      }
      const saved = await em.getRepository(InsurancePolicyEntity).save(policy);
      await this.audit.record(em, ctx, { entity: 'insurance_policy', entityId: id, action: 'update', before, after: mapPolicy(saved, paidOn(claims)), regionCode: saved.regionCode });
      return mapPolicyDetail(saved, claims, await subsidyPaymentsOf(em, this.approvals, id));
    });
  }

  async list(ctx: AuthenticatedContext, query: TInsurancePolicyListQuery): Promise<TPage<TInsurancePolicy>> {
    const scope = scopeCondition(ctx.principal, { region: 'p.region_code', department: 'p.department_id' });
    const qb = this.dataSource.getRepository(InsurancePolicyEntity).createQueryBuilder('p').where(scope.sql, scope.params);
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.district) qb.andWhere('p.region_code = :district', { district: query.district });
    if (query.from) qb.andWhere('p.period_from >= :from', { from: query.from });
    if (query.to) qb.andWhere('p.period_from <= :to', { to: query.to });
    if (query.q) qb.andWhere('(p.policy_number ILIKE :like OR p.insurer_name ILIKE :like OR p.insured_name ILIKE :like OR p.insured_credit_code ILIKE :like)', { like: containing(query.q) });
    qb.orderBy('p.periodFrom', 'DESC').addOrderBy('p.createdAt', 'DESC');
    const page = await paginate(qb, query, (p) => p);
    const paid = await this.paidByPolicy(page.items.map((p) => p.id));
    return { ...page, items: page.items.map((p) => mapPolicy(p, paid.get(p.id) ?? '0')) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TInsurancePolicyDetail> {
    const policy = await this.dataSource.getRepository(InsurancePolicyEntity).findOneBy({ id });
    if (policy === null || !inScope(ctx.principal, policy)) throw policyNotFound();
    const em = this.dataSource.manager;
    return mapPolicyDetail(policy, await this.claims(em, id), await subsidyPaymentsOf(em, this.approvals, id));
  }

  /** A claim filed with the insurer: on or after the cover starts, not after today, at most the insured sum. */
  async fileClaim(ctx: AuthenticatedContext, policyId: string, input: TInsuranceClaimCreate): Promise<TInsurancePolicyDetail> {
    assertNotFuture(ctx.locale, input.filedDate, 'filedDate');
    return inTransaction(this.dataSource, async (em) => {
      const policy = await this.lockPolicy(em, ctx, policyId);
      if (input.filedDate < policy.periodFrom) {
        throw fieldRefusal(ctx.locale, 'filedDate', `报案日期早于保险期间起始日 ${policy.periodFrom}`, `The claim is filed before the cover starts (${policy.periodFrom})`);
      }
      if (compareMoney(input.claimedAmount, policy.insuredSum) > 0) {
        throw fieldRefusal(ctx.locale, 'claimedAmount', `索赔金额超过保险金额 ${formatYuan(policy.insuredSum)} 元`, `The claimed amount exceeds the insured sum (${policy.insuredSum})`);
      }
      const claims = await this.claims(em, policyId);
      const repository = em.getRepository(InsuranceClaimEntity);
      const claim = await repository.save(
        repository.create({
          policyId,
          seq: claims.length + 1,
          filedDate: input.filedDate,
          claimedAmount: input.claimedAmount,
          description: input.description,
          status: 'filed',
          paidAmount: null,
          decidedDate: null,
          refusalReason: null,
          decidedBy: null,
          regionCode: policy.regionCode,
          departmentId: policy.departmentId,
          createdBy: ctx.principal.sub,
        }),
      );
      await this.audit.record(em, ctx, { entity: 'insurance_claim', entityId: claim.id, action: 'create', after: mapClaim(claim), regionCode: claim.regionCode });
      return mapPolicyDetail(policy, [...claims, claim], await subsidyPaymentsOf(em, this.approvals, policyId));
    });
  }

  /**
   * Pays or refuses a filed claim. The policy is locked first, so two payments on one policy
   * are checked one after the other against what its insured sum has left.
   */
  async decideClaim(ctx: AuthenticatedContext, claimId: string, input: TInsuranceClaimTransition): Promise<TInsurancePolicyDetail> {
    assertNotFuture(ctx.locale, input.effectiveDate, 'effectiveDate');
    return inTransaction(this.dataSource, async (em) => {
      const found = await em.getRepository(InsuranceClaimEntity).findOneBy({ id: claimId });
      if (found === null || !inScope(ctx.principal, found)) throw claimNotFound();
      const policy = await this.lockPolicy(em, ctx, found.policyId);
      const claims = await this.claims(em, policy.id);
      const claim = claims.find((c) => c.id === claimId)!;
      assertVersion(claim.version, input.version);
      const to = transitionOrConflict(CLAIM_TRANSITIONS, { status: CLAIM_STATUS_LABELS, action: CLAIM_ACTION_LABELS }, claim.status, input.action);
      if (input.effectiveDate < claim.filedDate) throw fieldError(ctx.locale, 'effectiveDate', `日期不能早于报案日期 ${claim.filedDate}`, `The date must not be before the claim was filed (${claim.filedDate})`);
      const before = mapClaim(claim);
      if (input.action === 'pay') {
        if (compareMoney(input.paidAmount, claim.claimedAmount) > 0) {
          throw fieldRefusal(ctx.locale, 'paidAmount', `赔付金额超过索赔金额 ${formatYuan(claim.claimedAmount)} 元`, `The paid amount exceeds the claimed amount (${claim.claimedAmount})`);
        }
        const left = subtractMoney(policy.insuredSum, paidOn(claims));
        if (compareMoney(input.paidAmount, left) > 0) {
          throw fieldRefusal(ctx.locale, 'paidAmount', `赔付金额超过保险金额的剩余额度 ${formatYuan(left)} 元`, `The paid amount exceeds what the insured sum has left (${left})`);
        }
        claim.paidAmount = input.paidAmount;
      } else {
        claim.refusalReason = input.reason;
      }
      claim.status = to;
      claim.decidedDate = input.effectiveDate;
      claim.decidedBy = ctx.principal.sub;
      const saved = await em.getRepository(InsuranceClaimEntity).save(claim);
      await this.audit.record(em, ctx, { entity: 'insurance_claim', entityId: claimId, action: 'transition', before, after: { ...mapClaim(saved), transition: input }, regionCode: saved.regionCode });
      return mapPolicyDetail(
        policy,
        claims.map((c) => (c.id === claimId ? saved : c)),
        await subsidyPaymentsOf(em, this.approvals, policy.id),
      );
    });
  }

  private claims(em: EntityManager, policyId: string): Promise<InsuranceClaimEntity[]> {
    return em.getRepository(InsuranceClaimEntity).find({ where: { policyId }, order: { seq: 'ASC' } });
  }

  private async paidByPolicy(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT policy_id, sum(paid_amount)::text AS paid FROM insurance_claims WHERE policy_id = ANY($1) AND paid_amount IS NOT NULL GROUP BY policy_id`, [ids])) as {
      policy_id: string;
      paid: string;
    }[];
    return new Map(rows.map((r) => [r.policy_id, addMoney(r.paid, '0')]));
  }

  private async lockPolicy(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<InsurancePolicyEntity> {
    const policy = await em.getRepository(InsurancePolicyEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
    if (policy === null || !inScope(ctx.principal, policy)) throw policyNotFound();
    return policy;
  }
}
