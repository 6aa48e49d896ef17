import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CASE_KINDS, CASE_ENDED_STATUSES, type TCaseSummary } from '@ipbureau/domain/protection';
import { todayInChina } from '@ipbureau/domain';
import { scopeCondition, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { CaseEventEntity } from './case-event.entity.js';
import { EnforcementCaseEntity } from './enforcement-case.entity.js';
import { AVERAGE_HANDLING_DAYS, P90_HANDLING_DAYS } from '../metrics/handling-time-metrics.js';

/** The overview's figures for one year, over the cases in the caller's data scope, from the dated timeline. */
@Injectable()
export class CaseSummaryService {
  constructor(private readonly dataSource: DataSource) {}

  async summarize(ctx: AuthenticatedContext, year: number = Number(todayInChina().slice(0, 4))): Promise<TCaseSummary> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const today = todayInChina();
    const asOf = today < to ? today : to;
    const scope = scopeCondition(ctx.principal, { region: 'c.region_code', department: 'c.department_id' });
    const cases = () => this.dataSource.getRepository(EnforcementCaseEntity).createQueryBuilder('c').where(scope.sql, scope.params);
    const events = () =>
      this.dataSource.getRepository(CaseEventEntity).createQueryBuilder('e').innerJoin(EnforcementCaseEntity, 'c', 'c.id = e.case_id').where(scope.sql, scope.params).andWhere('e.effective_date BETWEEN :from AND :to', { from, to });

    const [kinds, registered, closed, open, fines, handling] = await Promise.all([
      cases().select('c.kind', 'kind').addSelect('count(*)::int', 'n').andWhere('c.registered_date BETWEEN :from AND :to', { from, to }).groupBy('c.kind').getRawMany<{ kind: string; n: number }>(),
      cases().select(`to_char(c.registered_date, 'YYYY-MM')`, 'month').addSelect('count(*)::int', 'n').andWhere('c.registered_date BETWEEN :from AND :to', { from, to }).groupBy('1').getRawMany<{ month: string; n: number }>(),
      events().select(`to_char(e.effective_date, 'YYYY-MM')`, 'month').addSelect('count(*)::int', 'n').andWhere(`e.to_status = 'closed'`).groupBy('1').getRawMany<{ month: string; n: number }>(),
      cases()
        .select('count(*)::int', 'n')
        .andWhere('c.registered_date <= :asOf', { asOf })
        .andWhere('NOT EXISTS (SELECT 1 FROM case_events x WHERE x.case_id = c.id AND x.to_status IN (:...ended) AND x.effective_date <= :asOf)', { ended: [...CASE_ENDED_STATUSES] })
        .getRawOne<{ n: number }>(),
      events()
        .select('COALESCE(sum(COALESCE(e.fine_amount, 0) + COALESCE(e.confiscation_amount, 0)), 0)::numeric(18,2)::text', 'total')
        .andWhere(`e.action = 'decide'`)
        .getRawOne<{ total: string }>(),
      events()
        .select('c.kind', 'kind')
        .addSelect('count(*)::int', 'closed')
        .addSelect(AVERAGE_HANDLING_DAYS, 'average')
        .addSelect(P90_HANDLING_DAYS, 'p90')
        .andWhere(`e.to_status = 'closed'`)
        .groupBy('c.kind')
        .getRawMany<{ kind: string; closed: number; average: string; p90: string }>(),
    ]);
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    return {
      year,
      byKind: CASE_KINDS.map((kind) => ({ kind, registered: kinds.find((r) => r.kind === kind)?.n ?? 0 })),
      byMonth: months.map((month) => ({ month, registered: registered.find((r) => r.month === month)?.n ?? 0, closed: closed.find((r) => r.month === month)?.n ?? 0 })),
      open: open?.n ?? 0,
      finesAndConfiscations: fines?.total ?? '0.00',
      handlingTime: CASE_KINDS.map((kind) => {
        const row = handling.find((r) => r.kind === kind);
        return { kind, closed: row?.closed ?? 0, averageDays: row?.average ?? null, p90Days: row?.p90 ?? null };
      }),
    };
  }
}
