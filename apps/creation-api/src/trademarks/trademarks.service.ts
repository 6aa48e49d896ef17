import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import {
  renewalWindow,
  renewedExpiry,
  trademarkTermEnd,
  TRADEMARK_ACTION_LABELS,
  TRADEMARK_STATUS_LABELS,
  TRADEMARK_TRANSITIONS,
  type TTrademark,
  type TTrademarkCreate,
  type TTrademarkDetail,
  type TTrademarkListQuery,
  type TTrademarkTransition,
  type TTrademarkUpdate,
} from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertEffectiveDate, assertVersion, containing, fieldError, transitionOrConflict } from '../lifecycle/lifecycle.rules.js';
import { TrademarkStatusEventEntity } from './trademark-status-event.entity.js';
import { TrademarkEntity } from './trademark.entity.js';
import { mapTrademark, mapTrademarkDetail } from './trademarks.mapper.js';

@Injectable()
export class TrademarksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async register(ctx: AuthenticatedContext, input: TTrademarkCreate): Promise<TTrademarkDetail> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的商标', 'You may not register a trademark outside your data scope'));
    assertEffectiveDate(ctx.locale, input.registrationDate, null, 'registrationDate');
    return inTransaction(this.dataSource, async (em) => {
      const trademarks = em.getRepository(TrademarkEntity);
      const number = input.registrationNumber;
      if (await trademarks.existsBy({ registrationNumber: number })) {
        throw conflict(text(`注册号为 ${number} 的商标已登记`, `Trademark registration ${number} is already recorded`));
      }
      const expiryDate = trademarkTermEnd(input.registrationDate);
      const saved = await trademarks.save(
        trademarks.create({
          registrationNumber: number,
          niceClasses: input.niceClasses,
          holderName: input.holderName,
          holderCreditCode: input.holderCreditCode,
          kind: input.kind,
          registrationDate: input.registrationDate,
          expiryDate,
          status: 'registered',
          wellKnown: input.wellKnown,
          version: 1,
          ...owner,
        }),
      );
      const events = em.getRepository(TrademarkStatusEventEntity);
      const registered = await events.save(
        events.create({
          trademarkId: saved.id,
          seq: 1,
          action: 'register',
          fromStatus: null,
          toStatus: 'registered',
          effectiveDate: input.registrationDate,
          expiryDate,
          note: null,
          regionCode: saved.regionCode,
          createdBy: ctx.principal.sub,
        }),
      );
      const trademark = mapTrademarkDetail(saved, [registered]);
      await this.audit.record(em, ctx, { entity: 'trademark', entityId: trademark.id, action: 'create', after: trademark, regionCode: trademark.district });
      return trademark;
    });
  }

  async list(ctx: AuthenticatedContext, query: TTrademarkListQuery): Promise<TPage<TTrademark>> {
    const scope = scopeCondition(ctx.principal, { region: 't.region_code', department: 't.department_id' });
    const qb = this.dataSource
      .getRepository(TrademarkEntity)
      .createQueryBuilder('t')
      .where(scope.sql, scope.params)
      .orderBy('t.registrationDate', 'DESC')
      .addOrderBy('t.registrationNumber', 'ASC');
    if (query.kind) qb.andWhere('t.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.district) qb.andWhere('t.region_code = :district', { district: query.district });
    if (query.holderCreditCode) qb.andWhere('t.holder_credit_code = :holderCreditCode', { holderCreditCode: query.holderCreditCode.toUpperCase() });
    if (query.niceClass !== undefined) qb.andWhere(':niceClass = ANY (t.nice_classes)', { niceClass: query.niceClass });
    if (query.q) qb.andWhere('(t.holder_name ILIKE :q OR t.holder_credit_code ILIKE :q OR t.registration_number LIKE :q)', { q: containing(query.q) });
    return paginate(qb, query, mapTrademark);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TTrademarkDetail> {
    return this.detail(this.dataSource.manager, await this.findInScope(this.dataSource.manager, ctx, id));
  }

  async update(ctx: AuthenticatedContext, id: string, input: TTrademarkUpdate): Promise<TTrademarkDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const trademark = await this.findInScope(em, ctx, id, true);
      const { version, district, ...fields } = input;
      assertVersion(trademark.version, version);
      const before = mapTrademark(trademark);
      Object.assign(trademark, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if (district !== undefined && district !== trademark.regionCode) {
        trademark.regionCode = this.ownership.forNewRecord(ctx, district, text('不能将商标移到您数据范围以外的区县', 'You may not move a trademark outside your data scope')).regionCode;
        await em.getRepository(TrademarkStatusEventEntity).update({ trademarkId: id }, { regionCode: trademark.regionCode });
      }
      trademark.version += 1;
      const saved = await em.getRepository(TrademarkEntity).save(trademark);
      await this.audit.record(em, ctx, { entity: 'trademark', entityId: id, action: 'update', before, after: mapTrademark(saved), regionCode: saved.regionCode });
      return this.detail(em, saved);
    });
  }

  /** Renew (a new ten-year term), cancel or invalidate, recorded as a dated event. */
  async transition(ctx: AuthenticatedContext, id: string, input: TTrademarkTransition): Promise<TTrademarkDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const trademark = await this.findInScope(em, ctx, id, true);
      assertVersion(trademark.version, input.version);
      const to = transitionOrConflict(TRADEMARK_TRANSITIONS, { status: TRADEMARK_STATUS_LABELS, action: TRADEMARK_ACTION_LABELS }, trademark.status, input.action);
      const events = em.getRepository(TrademarkStatusEventEntity);
      const last = await events.findOneOrFail({ where: { trademarkId: id }, order: { seq: 'DESC' } });
      assertEffectiveDate(ctx.locale, input.effectiveDate, last.effectiveDate);
      let expiryDate: string | null = null;
      if (input.action === 'renew') {
        const window = renewalWindow(trademark.expiryDate);
        if (input.effectiveDate < window.from || input.effectiveDate > window.to) {
          // Trademark Law art. 40: renewal in the 12 months before expiry or the 6 months after.
          throw fieldError(
            ctx.locale,
            'effectiveDate',
            `续展须在 ${window.from} 至 ${window.to} 之间（期满前十二个月至期满后六个月宽展期）`,
            `A renewal must fall between ${window.from} and ${window.to} (12 months before expiry to the 6-month grace period after)`,
          );
        }
        expiryDate = renewedExpiry(trademark.expiryDate);
      }
      const before = mapTrademark(trademark);
      await events.save(
        events.create({
          trademarkId: id,
          seq: last.seq + 1,
          action: input.action,
          fromStatus: trademark.status,
          toStatus: to,
          effectiveDate: input.effectiveDate,
          expiryDate,
          note: input.note ?? null,
          regionCode: trademark.regionCode,
          createdBy: ctx.principal.sub,
        }),
      );
      trademark.status = to;
      if (expiryDate) trademark.expiryDate = expiryDate;
      trademark.version += 1;
      const saved = await em.getRepository(TrademarkEntity).save(trademark);
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'trademark', entityId: id, action: 'transition', before, after: { ...mapTrademark(saved), event: after.statusHistory.at(-1) }, regionCode: saved.regionCode });
      return after;
    });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string, forUpdate = false): Promise<TrademarkEntity> {
    const trademark = await em.getRepository(TrademarkEntity).findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!trademark || !inScope(ctx.principal, trademark)) throw notFound('商标', 'Trademark');
    return trademark;
  }

  private async detail(em: EntityManager, trademark: TrademarkEntity): Promise<TTrademarkDetail> {
    const history = await em.getRepository(TrademarkStatusEventEntity).find({ where: { trademarkId: trademark.id }, order: { seq: 'ASC' } });
    return mapTrademarkDetail(trademark, history);
  }
}
