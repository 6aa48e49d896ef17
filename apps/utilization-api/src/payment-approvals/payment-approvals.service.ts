import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasModuleLevel, type TPage } from '@ipbureau/domain';
import { PAYMENT_KIND_LABELS, type TPaymentApproval, type TPaymentApprovalListQuery, type TPaymentDecision, type TPaymentKind } from '@ipbureau/domain/utilization';
import { conflict, forbidden, paginate, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PaymentApprovalEntity } from './payment-approval.entity.js';
import { mapPaymentApproval } from './payment-approvals.mapper.js';

/** What the maker's entry of a payment tells the register. */
export interface PaymentEntry {
  kind: TPaymentKind;
  subjectId: string;
  summary: string;
  amount: string;
  regionCode: string;
  departmentId: string | null;
}

/**
 * Maker-checker for every payment out, as one piece each payment kind reuses.
 *
 * How a payment kind uses it (the fund claims and interest subsidies do; premium subsidies of
 * insurance policies would do the same after adding 'premium_subsidy' to PAYMENT_KINDS):
 *  1. when the maker enters the payment, call `open(em, ctx, entry)` in the entry's transaction;
 *  2. in the approver's decision endpoint, lock the payment's own record, then call
 *     `decide(em, ctx, kind, id, decision)` in the same transaction: it refuses a caller without
 *     the approver role, the maker deciding their own entry, and a second decision;
 *  3. on 'approve', make the payment (ledger entry, paid date) in that same transaction, so an
 *     approval without its payment, or a payment without its approval, can never be stored.
 * The kind's audit entry records the decision; the register is also the approvers' queue
 * (GET /payment-approvals?status=pending). A CHECK in the table refuses maker = checker even if
 * a caller forgot step 2's checks.
 */
@Injectable()
export class PaymentApprovals {
  constructor(private readonly dataSource: DataSource) {}

  async open(em: EntityManager, ctx: AuthenticatedContext, entry: PaymentEntry): Promise<PaymentApprovalEntity> {
    const repository = em.getRepository(PaymentApprovalEntity);
    return repository.save(
      repository.create({
        ...entry,
        status: 'pending',
        enteredBy: ctx.principal.sub,
        enteredByName: ctx.principal.name.slice(0, 100),
        decidedBy: null,
        decidedByName: null,
        decidedOn: null,
        decidedAt: null,
        opinion: null,
      }),
    );
  }

  /** The checker's decision on a pending payment: approver role, another person than the maker, once. */
  async decide(em: EntityManager, ctx: AuthenticatedContext, kind: TPaymentKind, subjectId: string, decision: TPaymentDecision): Promise<PaymentApprovalEntity> {
    const label = PAYMENT_KIND_LABELS[kind];
    if (!hasModuleLevel(ctx.principal.roles, 'utilization', 'approver')) {
      throw forbidden(text(`审批${label.zh}需要知识产权运用模块的审批权限`, `Deciding a ${label.en.toLowerCase()} requires the approver role in utilization`));
    }
    const repository = em.getRepository(PaymentApprovalEntity);
    const approval = await repository.createQueryBuilder('a').setLock('pessimistic_write').where('a.kind = :kind AND a.subject_id = :subjectId', { kind, subjectId }).getOne();
    if (approval === null) throw new Error(`no payment approval for ${kind} ${subjectId}`);
    if (approval.status !== 'pending') {
      throw conflict(text(`该笔${label.zh}已于 ${approval.decidedOn} 由 ${approval.decidedByName} 审批，不能再次审批`, `This ${label.en.toLowerCase()} was decided on ${approval.decidedOn} by ${approval.decidedByName}; it can not be decided again`));
    }
    if (approval.enteredBy === ctx.principal.sub) {
      throw forbidden(
        text(
          `该笔${label.zh}由您本人录入，须由另一位审批人审批（经办与审批不能为同一人）`,
          `You entered this ${label.en.toLowerCase()}; another approver must decide it (the maker can not be the checker)`,
        ),
      );
    }
    Object.assign(approval, {
      status: decision.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: ctx.principal.sub,
      decidedByName: ctx.principal.name.slice(0, 100),
      decidedOn: decision.effectiveDate,
      decidedAt: new Date(),
      opinion: decision.opinion ?? null,
    });
    return repository.save(approval);
  }

  async find(em: EntityManager, kind: TPaymentKind, subjectIds: string[]): Promise<Map<string, PaymentApprovalEntity>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await em.getRepository(PaymentApprovalEntity).createQueryBuilder('a').where('a.kind = :kind AND a.subject_id IN (:...ids)', { kind, ids: subjectIds }).getMany();
    return new Map(rows.map((row) => [row.subjectId, row]));
  }

  /** The approvers' queue (and its history): payments in the caller's scope, oldest pending first. */
  async list(ctx: AuthenticatedContext, query: TPaymentApprovalListQuery): Promise<TPage<TPaymentApproval>> {
    const scope = scopeCondition(ctx.principal, { region: 'a.region_code', department: 'a.department_id' });
    const qb = this.dataSource.getRepository(PaymentApprovalEntity).createQueryBuilder('a').where(scope.sql, scope.params);
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    qb.orderBy('a.enteredAt', 'ASC').addOrderBy('a.id', 'ASC');
    return paginate(qb, query, mapPaymentApproval);
  }
}
