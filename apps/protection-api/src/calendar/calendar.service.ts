import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NATIONWIDE, type TCalendarDay, type TCalendarDayCreate, type TCalendarDayUpdate, type TCalendarQuery } from '@ipbureau/domain/protection';
import { AuditWriter, conflict, forbidden, inScope, inTransaction, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { CalendarDayEntity } from './calendar-day.entity.js';

export function mapCalendarDay(row: CalendarDayEntity): TCalendarDay {
  return { id: row.id, date: row.day, kind: row.kind, name: row.name, region: row.regionCode, verified: row.verified, version: row.version };
}

const stale = () => conflict(text('该日期已被他人修改，请刷新后重试', 'The day was changed by someone else since you read it; reload and try again'));

/**
 * The working-day calendar the bureau maintains each year: public holidays and adjusted working
 * days, nationwide (000000) or for a division. Case deadlines are computed on it as it stands.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async list(query: TCalendarQuery): Promise<TCalendarDay[]> {
    const qb = this.dataSource.getRepository(CalendarDayEntity).createQueryBuilder('d').orderBy('d.day', 'ASC').addOrderBy('d.region_code', 'ASC');
    if (query.year) qb.where('d.day BETWEEN :from AND :to', { from: `${query.year}-01-01`, to: `${query.year}-12-31` });
    return (await qb.getMany()).map(mapCalendarDay);
  }

  async create(ctx: AuthenticatedContext, input: TCalendarDayCreate): Promise<TCalendarDay> {
    this.checkRegion(ctx, input.region);
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(CalendarDayEntity);
      if (await repo.existsBy({ day: input.date, regionCode: input.region })) {
        throw conflict(text(`${input.date} 已在日历中，请修改该日期`, `${input.date} is already in the calendar; change that day instead`));
      }
      const row = await repo.save(repo.create({ day: input.date, kind: input.kind, name: input.name, regionCode: input.region, verified: input.verified, version: 1 }));
      const created = mapCalendarDay(await repo.findOneByOrFail({ id: row.id }));
      await this.audit.record(em, ctx, { entity: 'calendar_day', entityId: row.id, action: 'create', after: created, regionCode: input.region });
      return created;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TCalendarDayUpdate): Promise<TCalendarDay> {
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(CalendarDayEntity);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('日历日期', 'Calendar day');
      this.checkRegion(ctx, row.regionCode);
      if (row.version !== input.version) throw stale();
      const before = mapCalendarDay(row);
      const changes = { ...(input.kind ? { kind: input.kind } : {}), ...(input.name ? { name: input.name } : {}), ...(input.verified === undefined ? {} : { verified: input.verified }) };
      await repo.update({ id }, { ...changes, version: row.version + 1, updatedAt: () => 'now()' } as never);
      const after = mapCalendarDay(await repo.findOneByOrFail({ id }));
      await this.audit.record(em, ctx, { entity: 'calendar_day', entityId: id, action: 'update', before, after, regionCode: row.regionCode });
      return after;
    });
  }

  async remove(ctx: AuthenticatedContext, id: string, version: number): Promise<void> {
    await inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(CalendarDayEntity);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('日历日期', 'Calendar day');
      this.checkRegion(ctx, row.regionCode);
      if (row.version !== version) throw stale();
      await repo.delete({ id });
      await this.audit.record(em, ctx, { entity: 'calendar_day', entityId: id, action: 'delete', before: mapCalendarDay(row), regionCode: row.regionCode });
    });
  }

  /** Nationwide days are kept by any protection approver of the deployment; a local day only within the caller's scope. */
  private checkRegion(ctx: AuthenticatedContext, region: string): void {
    if (region !== NATIONWIDE && !inScope(ctx.principal, { regionCode: region })) {
      throw forbidden(text('不能维护您数据范围以外地区的日历', 'You may not keep the calendar of a division outside your data scope'));
    }
  }
}
