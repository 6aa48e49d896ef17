import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addMoney, compareMoney, subtractMoney, type TPage } from '@ipbureau/domain';
import type {
  TAbnormalFlag,
  TAbnormalFlagCreate,
  TAbnormalFlagListQuery,
  TClawbackCase,
  TClawbackCaseDetail,
  TClawbackListQuery,
  TClawbackRecoveryCreate,
  TClawbackWriteOff,
} from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertEffectiveDate, assertVersion } from '../lifecycle/lifecycle.rules.js';
import { PatentEntity } from '../patents/patent.entity.js';
import { openClawbacks } from './clawback.opener.js';
import { AbnormalFlagEntity, ClawbackCaseEntity, ClawbackRecoveryEntity, SubsidyApplicationEntity } from './subsidy.entities.js';
import { mapCase, mapFlag, mapRecovery } from './subsidies.mapper.js';

/** Abnormal-application flags and the clawback cases they (and lapses, invalidations) open. */
@Injectable()
export class ClawbacksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async flag(ctx: AuthenticatedContext, input: TAbnormalFlagCreate): Promise<TAbnormalFlag> {
    return inTransaction(this.dataSource, async (em) => {
      assertEffectiveDate(ctx.locale, input.flaggedOn, null, 'flaggedOn');
      let patent: PatentEntity | null = null;
      if (input.applicationNumber) {
        patent = await em.getRepository(PatentEntity).findOne({ where: { applicationNumber: input.applicationNumber } });
        if (!patent) throw unprocessable(text(`申请号为 ${input.applicationNumber} 的专利未登记`, `Patent ${input.applicationNumber} is not registered`));
      }
      const flags = em.getRepository(AbnormalFlagEntity);
      const saved = await flags.save(flags.create({ ...input, regionCode: patent?.regionCode ?? ctx.principal.region, createdBy: ctx.principal.sub }));
      const flag = mapFlag(saved);
      await this.audit.record(em, ctx, { entity: 'abnormal_flag', entityId: flag.id, action: 'create', after: flag, regionCode: saved.regionCode });
      // A paid subsidy on the flagged patent is owed back from the date of the notice.
      if (patent) await openClawbacks(em, this.audit, ctx, [{ patentId: patent.id, reason: 'abnormal', openedOn: input.flaggedOn }]);
      return flag;
    });
  }

  async listFlags(query: TAbnormalFlagListQuery): Promise<TPage<TAbnormalFlag>> {
    const qb = this.dataSource.getRepository(AbnormalFlagEntity).createQueryBuilder('f').orderBy('f.flaggedOn', 'DESC').addOrderBy('f.createdAt', 'DESC');
    if (query.creditCode) qb.andWhere('f.credit_code = :cc', { cc: query.creditCode });
    return paginate(qb, query, mapFlag);
  }

  async list(ctx: AuthenticatedContext, query: TClawbackListQuery): Promise<TPage<TClawbackCase>> {
    const scope = scopeCondition(ctx.principal, { region: 'c.region_code', department: 's.department_id' });
    const qb = this.dataSource
      .getRepository(ClawbackCaseEntity)
      .createQueryBuilder('c')
      .innerJoin(SubsidyApplicationEntity, 's', 's.id = c.subsidy_id')
      .where(scope.sql, scope.params)
      .orderBy('c.openedOn', 'DESC')
      .addOrderBy('c.createdAt', 'DESC');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.creditCode) qb.andWhere('s.credit_code = :cc', { cc: query.creditCode });
    if (query.district) qb.andWhere('c.region_code = :district', { district: query.district });
    const page = await paginate(qb, query, (c) => c);
    const items: TClawbackCase[] = [];
    for (const c of page.items) items.push(await this.summary(this.dataSource.manager, c));
    return { ...page, items };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TClawbackCaseDetail> {
    const em = this.dataSource.manager;
    return this.detail(em, await this.findInScope(em, ctx, id));
  }

  /** One amount received: a ledger entry; the case closes as recovered once nothing is owed. */
  async recover(ctx: AuthenticatedContext, id: string, input: TClawbackRecoveryCreate): Promise<TClawbackCaseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const c = await this.findInScope(em, ctx, id, true);
      assertVersion(c.version, input.version);
      if (c.status !== 'open') throw conflict(text('追回案件已结案，不能再登记追回款', 'The clawback case is closed; no more recoveries can be recorded'));
      assertEffectiveDate(ctx.locale, input.receivedOn, c.openedOn, 'receivedOn');
      const ledger = em.getRepository(ClawbackRecoveryEntity);
      const before = await this.summary(em, c);
      if (compareMoney(input.amount, '0') <= 0) throw unprocessable(text('追回金额须大于零', 'The amount recovered must be more than zero'));
      if (compareMoney(input.amount, before.outstanding) > 0) {
        throw unprocessable(text(`追回金额 ${input.amount} 元超过尚欠金额 ${before.outstanding} 元`, `The amount ${input.amount} exceeds what is still owed (${before.outstanding})`));
      }
      await ledger.save(ledger.create({ caseId: id, receivedOn: input.receivedOn, amount: input.amount, voucherNumber: input.voucherNumber, regionCode: c.regionCode, createdBy: ctx.principal.sub }));
      if (compareMoney(addMoney(before.recovered, input.amount), c.amountOwed) === 0) {
        c.status = 'recovered';
        c.closedOn = input.receivedOn;
      }
      c.version += 1;
      const saved = await em.getRepository(ClawbackCaseEntity).save(c);
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'clawback_case', entityId: id, action: 'update', before, after: { ...after, recoveries: undefined, recorded: input }, regionCode: c.regionCode });
      return after;
    });
  }

  /** An approver writes off what cannot be recovered; the case closes. */
  async writeOff(ctx: AuthenticatedContext, id: string, input: TClawbackWriteOff): Promise<TClawbackCaseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const c = await this.findInScope(em, ctx, id, true);
      assertVersion(c.version, input.version);
      if (c.status !== 'open') throw conflict(text('追回案件已结案，不能核销', 'The clawback case is closed; it cannot be written off'));
      const recoveries = await em.getRepository(ClawbackRecoveryEntity).find({ where: { caseId: id }, order: { receivedOn: 'DESC' } });
      assertEffectiveDate(ctx.locale, input.writtenOffOn, recoveries[0]?.receivedOn ?? c.openedOn, 'writtenOffOn');
      const before = await this.summary(em, c);
      c.status = 'written_off';
      c.closedOn = input.writtenOffOn;
      c.writeOffOpinion = input.opinion;
      c.version += 1;
      const saved = await em.getRepository(ClawbackCaseEntity).save(c);
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'clawback_case', entityId: id, action: 'approve', before, after: { ...after, recoveries: undefined, writtenOffAmount: subtractMoney(c.amountOwed, before.recovered) }, regionCode: c.regionCode });
      return after;
    });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string, forUpdate = false): Promise<ClawbackCaseEntity> {
    const c = await em.getRepository(ClawbackCaseEntity).findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const subsidy = c ? await em.getRepository(SubsidyApplicationEntity).findOneBy({ id: c.subsidyId }) : null;
    if (!c || !subsidy || !inScope(ctx.principal, subsidy)) throw notFound('追回案件', 'Clawback case');
    return c;
  }

  private async summary(em: EntityManager, c: ClawbackCaseEntity): Promise<TClawbackCase> {
    const subsidy = await em.getRepository(SubsidyApplicationEntity).findOneByOrFail({ id: c.subsidyId });
    const patent = await em.getRepository(PatentEntity).findOneByOrFail({ id: c.patentId });
    const recoveries = await em.getRepository(ClawbackRecoveryEntity).find({ where: { caseId: c.id } });
    return mapCase(c, { applicationNumber: patent.applicationNumber, creditCode: subsidy.creditCode, recoveredAmounts: recoveries.map((r) => r.amount) });
  }

  private async detail(em: EntityManager, c: ClawbackCaseEntity): Promise<TClawbackCaseDetail> {
    const recoveries = await em.getRepository(ClawbackRecoveryEntity).find({ where: { caseId: c.id }, order: { receivedOn: 'ASC', createdAt: 'ASC' } });
    return { ...(await this.summary(em, c)), recoveries: recoveries.map(mapRecovery) };
  }
}
