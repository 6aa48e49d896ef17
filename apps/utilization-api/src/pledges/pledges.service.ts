import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  PLEDGE_ACTION_LABELS,
  PLEDGE_ACTIVE_STATUSES,
  PLEDGE_RIGHT_KIND_LABELS,
  PLEDGE_STATUS_LABELS,
  PLEDGE_TRANSITIONS,
  type TPledge,
  type TPledgeCreate,
  type TPledgeDetail,
  type TPledgeListQuery,
  type TPledgeTransition,
  type TPledgeUpdate,
} from '@ipbureau/domain/utilization';
import { hasModuleLevel, type TPage } from '@ipbureau/domain';
import { AuditWriter, conflict, EventTransport, forbidden, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PledgeEntity } from './pledge.entity.js';
import { PledgeEventEntity } from './pledge-event.entity.js';
import { applyPledgeTransition } from './pledge-lifecycle.js';
import { mapPledge, mapPledgeDetail } from './pledges.mapper.js';
import { sentFields } from '../product-rules/product.rules.js';

const pledgeNotFound = () => notFound('质押登记', 'Pledge');

@Injectable()
export class PledgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
    private readonly events: EventTransport,
  ) {}

  /** Records a pledge financing application; the right must not already be pledged. */
  async apply(ctx: AuthenticatedContext, input: TPledgeCreate): Promise<TPledgeDetail> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的质押', 'You may not register a pledge outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      await this.assertNotPledged(em, input);
      const repository = em.getRepository(PledgeEntity);
      const row = await repository.save(
        repository.create({
          pledgorName: input.pledgorName,
          pledgorCreditCode: input.pledgorCreditCode,
          rightKind: input.rightKind,
          rightNumber: input.rightNumber,
          lenderName: input.lenderName,
          lenderCreditCode: input.lenderCreditCode,
          loanAmount: input.loanAmount,
          applicationDate: input.applicationDate,
          status: 'applied',
          ...owner,
        }),
      );
      const event = await this.addEvent(em, ctx, row, { seq: 1, action: 'apply', fromStatus: null, effectiveDate: input.applicationDate, amount: null, registrationNumber: null, maturityDate: null, note: null });
      const pledge = mapPledgeDetail(row, [event]);
      await this.audit.record(em, ctx, { entity: 'pledge', entityId: pledge.id, action: 'create', after: mapPledge(row), regionCode: pledge.district });
      return pledge;
    });
  }

  /**
   * Looks in the whole table, not only the caller's scope: a right pledged in another district is
   * still pledged. The partial unique index backs this up against two applications at once.
   */
  private async assertNotPledged(em: EntityManager, input: TPledgeCreate): Promise<void> {
    const active = await em
      .getRepository(PledgeEntity)
      .createQueryBuilder('pl')
      .where('pl.right_number = :number', { number: input.rightNumber })
      .andWhere('pl.status IN (:...statuses)', { statuses: PLEDGE_ACTIVE_STATUSES })
      .getOne();
    if (!active) return;
    const kind = PLEDGE_RIGHT_KIND_LABELS[input.rightKind];
    const status = PLEDGE_STATUS_LABELS[active.status];
    throw conflict(
      text(
        `${kind.zh} ${input.rightNumber} 已于 ${active.applicationDate} 申请出质（${status.zh}），解押前不能再次出质`,
        `${kind.en} ${input.rightNumber} has been under a pledge since ${active.applicationDate} (${active.status}); release it first`,
      ),
    );
  }

  /**
   * Takes one step of the lifecycle: locks the pledge, checks the caller's role for the step,
   * the version read, the transition table, dates and amounts; then stores the new state, the
   * dated event and the audit entry together.
   */
  async transition(ctx: AuthenticatedContext, id: string, input: TPledgeTransition): Promise<TPledgeDetail> {
    const rule = PLEDGE_TRANSITIONS[input.action];
    if (!hasModuleLevel(ctx.principal.roles, 'utilization', rule.level)) {
      const label = PLEDGE_ACTION_LABELS[input.action];
      throw forbidden(text(`${label.zh}需要知识产权运用模块的审批权限`, `'${input.action}' requires the approver role in utilization`));
    }
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(PledgeEntity);
      const pledge = await this.lockPledge(em, ctx, id, input.version);
      const events = await em.getRepository(PledgeEventEntity).find({ where: { pledgeId: id }, order: { seq: 'ASC' } });
      const last = events.at(-1);
      const before = mapPledge(pledge);
      const step = applyPledgeTransition({ ...pledge, lastEventDate: last?.effectiveDate ?? pledge.applicationDate }, input);
      Object.assign(pledge, step.set, { status: step.status });
      const saved = await repository.save(pledge);
      const event = await this.addEvent(em, ctx, saved, { seq: (last?.seq ?? 0) + 1, action: input.action, fromStatus: before.status, effectiveDate: input.effectiveDate, note: input.note ?? null, ...step.event });
      const after = mapPledge(saved);
      await this.audit.record(em, ctx, { entity: 'pledge', entityId: id, action: 'transition', before, after: { ...after, transition: input }, regionCode: after.district });
      await this.announce(em, ctx, saved, input);
      return mapPledgeDetail(saved, [...events, event]);
    });
  }

  /**
   * Corrects the lender (its name, its credit code) against the version read. Interest subsidies
   * keep a copy of the lender's name to show beside the pledge: it follows in the same transaction.
   */
  async update(ctx: AuthenticatedContext, id: string, input: TPledgeUpdate): Promise<TPledgeDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const pledge = await this.lockPledge(em, ctx, id, input.version);
      const before = mapPledge(pledge);
      const { version: _version, ...fields } = input;
      Object.assign(pledge, sentFields(fields));
      const saved = await em.getRepository(PledgeEntity).save(pledge);
      if (saved.lenderName !== before.lenderName) {
        // Plain SQL, not the repository: the copy is shown, not decided on, so the subsidy's
        // version stays and a checker reading it is not sent back to reload.
        await em.query(`UPDATE interest_subsidies SET lender_name = $1 WHERE pledge_id = $2`, [saved.lenderName, id]);
      }
      const after = mapPledge(saved);
      await this.audit.record(em, ctx, { entity: 'pledge', entityId: id, action: 'update', before, after, regionCode: after.district });
      const events = await em.getRepository(PledgeEventEntity).find({ where: { pledgeId: id }, order: { seq: 'ASC' } });
      return mapPledgeDetail(saved, events);
    });
  }

  /** The pledge locked for a write, in the caller's scope and at the version the caller read. */
  private async lockPledge(em: EntityManager, ctx: AuthenticatedContext, id: string, version: number): Promise<PledgeEntity> {
    const pledge = await em.getRepository(PledgeEntity).createQueryBuilder('pl').setLock('pessimistic_write').where('pl.id = :id', { id }).getOne();
    if (pledge === null || !inScope(ctx.principal, pledge)) throw pledgeNotFound();
    if (pledge.version !== version) {
      throw conflict(text(`该质押已被他人修改（当前版本 ${pledge.version}），请刷新后重试`, `The pledge was changed by someone else (now version ${pledge.version}); reload and try again`));
    }
    return pledge;
  }

  /**
   * Registration and release are facts other pillars keep (creation's high-value rule counts a
   * patent pledged for financing): published in the same transaction as the step.
   */
  private async announce(em: EntityManager, ctx: AuthenticatedContext, pledge: PledgeEntity, input: TPledgeTransition): Promise<void> {
    const rights = [{ kind: pledge.rightKind, number: pledge.rightNumber }];
    const common = { pledgeId: pledge.id, rights, pledgorCreditCode: pledge.pledgorCreditCode, lenderName: pledge.lenderName };
    if (input.action === 'register') {
      await this.events.publish(em, ctx, {
        type: 'pledge.registered',
        regionCode: pledge.regionCode,
        data: { ...common, registeredOn: input.effectiveDate, registrationNumber: pledge.registrationNumber, loanAmount: pledge.loanAmount },
      });
    } else if (input.action === 'release') {
      await this.events.publish(em, ctx, { type: 'pledge.released', regionCode: pledge.regionCode, data: { ...common, releasedOn: input.effectiveDate } });
    }
  }

  private addEvent(em: EntityManager, ctx: AuthenticatedContext, pledge: PledgeEntity, fields: Pick<PledgeEventEntity, 'seq' | 'action' | 'fromStatus' | 'effectiveDate' | 'amount' | 'registrationNumber' | 'maturityDate' | 'note'>): Promise<PledgeEventEntity> {
    const repository = em.getRepository(PledgeEventEntity);
    return repository.save(
      repository.create({
        ...fields,
        pledgeId: pledge.id,
        toStatus: pledge.status,
        regionCode: pledge.regionCode,
        departmentId: pledge.departmentId,
        createdBy: ctx.principal.sub,
        createdByName: ctx.principal.name.slice(0, 100),
      }),
    );
  }

  async list(ctx: AuthenticatedContext, query: TPledgeListQuery): Promise<TPage<TPledge>> {
    const scope = scopeCondition(ctx.principal, { region: 'pl.region_code', department: 'pl.department_id' });
    const qb = this.dataSource.getRepository(PledgeEntity).createQueryBuilder('pl').where(scope.sql, scope.params);
    if (query.rightKind) qb.andWhere('pl.right_kind = :rightKind', { rightKind: query.rightKind });
    if (query.status) qb.andWhere('pl.status = :status', { status: query.status });
    if (query.district) qb.andWhere('pl.region_code = :district', { district: query.district });
    if (query.pledgorCreditCode) qb.andWhere('pl.pledgor_credit_code = :pledgorCreditCode', { pledgorCreditCode: query.pledgorCreditCode.toUpperCase() });
    if (query.lenderCreditCode) qb.andWhere('pl.lender_credit_code = :lenderCreditCode', { lenderCreditCode: query.lenderCreditCode.toUpperCase() });
    if (query.q) {
      // Matched literally: LIKE's wildcards in the text are escaped.
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(pl.pledgor_name ILIKE :like OR pl.pledgor_credit_code ILIKE :like OR pl.right_number ILIKE :like)', { like });
    }
    qb.orderBy('pl.applicationDate', 'DESC').addOrderBy('pl.createdAt', 'DESC');
    return paginate(qb, query, mapPledge);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TPledgeDetail> {
    const pledge = await this.dataSource.getRepository(PledgeEntity).findOneBy({ id });
    // Out of the caller's scope reads as absent: the response does not confirm it exists.
    if (pledge === null || !inScope(ctx.principal, pledge)) throw pledgeNotFound();
    const events = await this.dataSource.getRepository(PledgeEventEntity).find({ where: { pledgeId: id }, order: { seq: 'ASC' } });
    return mapPledgeDetail(pledge, events);
  }
}
