import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeCreditCode } from '@ipbureau/domain';
import { normalizeLenderName, type TLender, type TLenderQuery } from '@ipbureau/domain/utilization';
import { scopeCondition, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PledgeEntity } from '../pledges/pledge.entity.js';
import { groupLenders, type LenderGroup, type LenderSpelling } from './lender-groups.js';

/** The look-up answers a picker: a few dozen names at most are worth showing. */
const LOOKUP_LIMIT = 50;

@Injectable()
export class LendersService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The lenders of the pledges in the caller's data scope, grouped as the breakdown groups them,
   * the most used first. `q` matches any spelling a lender's pledges used, or its code.
   */
  async lookup(ctx: AuthenticatedContext, query: TLenderQuery): Promise<TLender[]> {
    const scope = scopeCondition(ctx.principal, { region: 'pl.region_code', department: 'pl.department_id' });
    const rows = (await this.dataSource
      .getRepository(PledgeEntity)
      .createQueryBuilder('pl')
      .select('pl.lender_credit_code', 'code')
      .addSelect('pl.lender_name', 'name')
      .addSelect(`max(pl.application_date::text || ' ' || pl.created_at::text)`, 'latest')
      .addSelect('count(*)::int', 'count')
      .where(scope.sql, scope.params)
      .groupBy('pl.lender_credit_code')
      .addGroupBy('pl.lender_name')
      .getRawMany()) as Omit<LenderSpelling, 'amount'>[];
    const q = query.q === undefined ? null : { name: normalizeLenderName(query.q), code: normalizeCreditCode(query.q) };
    const matches = (g: LenderGroup) => q === null || g.names.some((n) => normalizeLenderName(n).includes(q.name)) || (g.lenderCreditCode ?? '').includes(q.code);
    return groupLenders(rows.map((r) => ({ ...r, amount: '0' })))
      .filter(matches)
      .sort((a, b) => b.count - a.count || a.lenderName.localeCompare(b.lenderName, 'zh-CN'))
      .slice(0, LOOKUP_LIMIT)
      .map((g) => ({ lenderCreditCode: g.lenderCreditCode, lenderName: g.lenderName, pledgeCount: g.count }));
  }
}
