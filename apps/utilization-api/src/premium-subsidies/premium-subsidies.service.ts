import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareMoney, todayInChina, type TPage } from '@ipbureau/domain';
import type { TPaymentDecision, TPremiumSubsidyPayment, TPremiumSubsidyPaymentCreate, TPremiumSubsidyPaymentListQuery } from '@ipbureau/domain/utilization';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { InsurancePolicyEntity } from '../insurance/insurance-policy.entity.js';
import { PaymentApprovals } from '../payment-approvals/payment-approvals.service.js';
import { assertVersion } from '../product-rules/product.rules.js';
import { mapPremiumSubsidyPayment } from './premium-subsidies.mapper.js';
import { PremiumSubsidyPaymentEntity } from './premium-subsidy-payment.entity.js';

const paymentNotFound = () => notFound('保费补贴支付', 'Premium subsidy payment');

/** The payments of a policy's premium subsidy, oldest first, with their maker-checker state. */
export async function subsidyPaymentsOf(em: EntityManager, approvals: PaymentApprovals, policyId: string): Promise<TPremiumSubsidyPayment[]> {
  const rows = await em.getRepository(PremiumSubsidyPaymentEntity).find({ where: { policyId }, order: { createdAt: 'ASC' } });
  const decided = await approvals.find(em, 'premium_subsidy', rows.map((r) => r.id));
  return rows.map((r) => mapPremiumSubsidyPayment(r, decided.get(r.id)));
}

/**
 * Premium subsidies paid through maker-checker: the officer enters the payment of the subsidy
 * a policy carries, another user with the approver role pays or rejects it. The policy row is
 * locked by both steps, so two entries for one policy, or an entry racing a correction of its
 * subsidy, are taken one after the other.
 */
@Injectable()
export class PremiumSubsidiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly approvals: PaymentApprovals,
  ) {}

  async create(ctx: AuthenticatedContext, input: TPremiumSubsidyPaymentCreate): Promise<TPremiumSubsidyPayment> {
    const today = todayInChina();
    if (input.applicationDate > today) throw unprocessable(text(`申请日期不能晚于今天（${today}）`, `The application date can not be after today (${today})`));
    return inTransaction(this.dataSource, async (em) => {
      const policy = await em.getRepository(InsurancePolicyEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: input.policyId }).getOne();
      if (policy === null || !inScope(ctx.principal, policy)) throw notFound('保险保单', 'Insurance policy');
      assertVersion(policy.version, input.version);
      if (compareMoney(policy.premiumSubsidy, '0') <= 0) {
        throw unprocessable(text(`保单 ${policy.policyNumber} 没有保费补贴，无需支付`, `Policy ${policy.policyNumber} carries no premium subsidy: there is nothing to pay`));
      }
      if (input.applicationDate < policy.periodFrom) {
        throw unprocessable(text(`申请日期不能早于保险期间起始日 ${policy.periodFrom}`, `The application date can not be before the cover starts, ${policy.periodFrom}`));
      }
      const repository = em.getRepository(PremiumSubsidyPaymentEntity);
      const open = await repository.createQueryBuilder('s').where(`s.policy_id = :id AND s.status <> 'rejected'`, { id: policy.id }).getOne();
      if (open !== null) {
        throw conflict(
          open.status === 'approved'
            ? text(`保单 ${policy.policyNumber} 的保费补贴已于 ${open.paidOn} 支付`, `The premium subsidy of policy ${policy.policyNumber} was paid on ${open.paidOn}`)
            : text(`保单 ${policy.policyNumber} 的保费补贴支付已在审批中`, `A payment of the premium subsidy of policy ${policy.policyNumber} already awaits approval`),
        );
      }
      const { id } = await repository.save(
        repository.create({
          policyId: policy.id,
          policyNumber: policy.policyNumber,
          insurerName: policy.insurerName,
          insuredName: policy.insuredName,
          insuredCreditCode: policy.insuredCreditCode,
          premium: policy.premium,
          amount: policy.premiumSubsidy,
          applicationDate: input.applicationDate,
          status: 'pending',
          paidOn: null,
          regionCode: policy.regionCode,
          departmentId: policy.departmentId,
          createdBy: ctx.principal.sub,
        }),
      );
      const payment = await repository.findOneByOrFail({ id });
      const approval = await this.approvals.open(em, ctx, {
        kind: 'premium_subsidy',
        subjectId: id,
        summary: `${policy.insuredName} · ${policy.policyNumber}`.slice(0, 300),
        amount: payment.amount,
        regionCode: payment.regionCode,
        departmentId: payment.departmentId,
      });
      const result = mapPremiumSubsidyPayment(payment, approval);
      await this.audit.record(em, ctx, { entity: 'premium_subsidy_payment', entityId: id, action: 'create', after: result, regionCode: payment.regionCode });
      return result;
    });
  }

  /** The checker approves (paid on the decision's date, recorded on the policy) or rejects (a new payment may then be entered). */
  async decide(ctx: AuthenticatedContext, id: string, decision: TPaymentDecision): Promise<TPremiumSubsidyPayment> {
    const today = todayInChina();
    if (decision.effectiveDate > today) throw unprocessable(text(`日期不能晚于今天（${today}）`, `The date can not be after today (${today})`));
    return inTransaction(this.dataSource, async (em) => {
      const found = await em.getRepository(PremiumSubsidyPaymentEntity).findOneBy({ id });
      if (found === null || !inScope(ctx.principal, found)) throw paymentNotFound();
      // The policy first, then the payment: the order the maker's entry takes them in.
      const policies = em.getRepository(InsurancePolicyEntity);
      const policy = await policies.createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: found.policyId }).getOneOrFail();
      const repository = em.getRepository(PremiumSubsidyPaymentEntity);
      const payment = await repository.createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOneOrFail();
      if (payment.version !== decision.version) {
        throw conflict(text(`该笔保费补贴支付已被他人修改（当前版本 ${payment.version}），请刷新后重试`, `The payment was changed by someone else (now version ${payment.version}); reload and try again`));
      }
      const before = mapPremiumSubsidyPayment(payment, (await this.approvals.find(em, 'premium_subsidy', [id])).get(id));
      const approval = await this.approvals.decide(em, ctx, 'premium_subsidy', id, decision);
      if (decision.decision === 'approve') {
        if (decision.effectiveDate < payment.applicationDate) {
          throw unprocessable(text(`支付日期不能早于申请日期 ${payment.applicationDate}`, `The payment date can not be before the application date, ${payment.applicationDate}`));
        }
        payment.status = 'approved';
        payment.paidOn = decision.effectiveDate;
        policy.premiumSubsidyPaidAmount = payment.amount;
        policy.premiumSubsidyPaidOn = decision.effectiveDate;
        await policies.save(policy);
      } else {
        payment.status = 'rejected';
      }
      const saved = await repository.save(payment);
      const after = mapPremiumSubsidyPayment(saved, approval);
      await this.audit.record(em, ctx, {
        entity: 'premium_subsidy_payment',
        entityId: id,
        action: decision.decision === 'approve' ? 'approve' : 'transition',
        before,
        after: { ...after, decision, policy: { id: policy.id, premiumSubsidyPaidAmount: policy.premiumSubsidyPaidAmount, premiumSubsidyPaidOn: policy.premiumSubsidyPaidOn } },
        regionCode: saved.regionCode,
      });
      return after;
    });
  }

  async list(ctx: AuthenticatedContext, query: TPremiumSubsidyPaymentListQuery): Promise<TPage<TPremiumSubsidyPayment>> {
    const scope = scopeCondition(ctx.principal, { region: 's.region_code', department: 's.department_id' });
    const qb = this.dataSource.getRepository(PremiumSubsidyPaymentEntity).createQueryBuilder('s').where(scope.sql, scope.params);
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.policyId) qb.andWhere('s.policy_id = :policyId', { policyId: query.policyId });
    if (query.insuredCreditCode) qb.andWhere('s.insured_credit_code = :code', { code: query.insuredCreditCode.toUpperCase() });
    qb.orderBy('s.applicationDate', 'DESC').addOrderBy('s.createdAt', 'DESC');
    const page = await paginate(qb, query, (row) => row);
    const approvals = await this.approvals.find(this.dataSource.manager, 'premium_subsidy', page.items.map((s) => s.id));
    return { ...page, items: page.items.map((s) => mapPremiumSubsidyPayment(s, approvals.get(s.id))) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TPremiumSubsidyPayment> {
    const payment = await this.dataSource.getRepository(PremiumSubsidyPaymentEntity).findOneBy({ id });
    if (payment === null || !inScope(ctx.principal, payment)) throw paymentNotFound();
    const approval = (await this.approvals.find(this.dataSource.manager, 'premium_subsidy', [id])).get(id);
    return mapPremiumSubsidyPayment(payment, approval);
  }
}

