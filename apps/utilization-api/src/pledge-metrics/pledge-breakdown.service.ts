import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareMoney } from '@ipbureau/domain';
import { PLEDGE_METRIC_KEYS, PLEDGE_RIGHT_KINDS, type TPledgeBreakdown, type TPledgeBreakdownQuery, type TPledgeRightKind } from '@ipbureau/domain/utilization';
import { resolveWindow, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { groupLenders } from '../lenders/lender-groups.js';

type Row = { key: string; amount: string; count: string };

/**
 * The period's pledge financing by right kind, by lender and by district, in one statement over
 * the same pledges as `pledges.amount_in_period`: registered (the dated event) in the window, in
 * the caller's region or one district of it. Like the metrics, it is an aggregate of the region,
 * not a list of records, so the per-record data scope does not narrow it.
 */
@Injectable()
export class PledgeBreakdownService {
  constructor(private readonly dataSource: DataSource) {}

  async breakdown(ctx: AuthenticatedContext, query: TPledgeBreakdownQuery): Promise<TPledgeBreakdown> {
    const w = resolveWindow({ key: PLEDGE_METRIC_KEYS.amountInPeriod, name: { 'zh-CN': '', en: '' }, semantics: 'flow', unit: { 'zh-CN': '元', en: 'yuan' }, byDistrict: true }, query, ctx.principal.region, ctx.locale);
    const rows = (await this.dataSource.query(
      `WITH registered AS (
         SELECT p.right_kind, p.lender_credit_code, p.lender_name, p.region_code, p.loan_amount,
                e.effective_date::text || ' ' || p.created_at::text AS registered
           FROM pledge_events e JOIN pledges p ON p.id = e.pledge_id
          WHERE e.action = 'register' AND e.effective_date BETWEEN $1 AND $2 AND p.region_code LIKE $3
       )
       SELECT 'kind' AS dim, right_kind AS key, round(sum(loan_amount), 2)::text AS amount, count(*)::text AS count, NULL AS code, NULL AS latest FROM registered GROUP BY right_kind
       UNION ALL
       SELECT 'lender', lender_name, round(sum(loan_amount), 2)::text, count(*)::text, lender_credit_code, max(registered) FROM registered GROUP BY lender_credit_code, lender_name
       UNION ALL
       SELECT 'district', region_code, round(sum(loan_amount), 2)::text, count(*)::text, NULL, NULL FROM registered GROUP BY region_code
       UNION ALL
       SELECT 'total', '', round(COALESCE(sum(loan_amount), 0), 2)::text, count(*)::text, NULL, NULL FROM registered`,
      [w.from, w.to, w.regionPattern],
    )) as (Row & { dim: 'kind' | 'lender' | 'district' | 'total'; code: string | null; latest: string | null })[];
    const of = (dim: string) => rows.filter((r) => r.dim === dim);
    const figures = (r: Row) => ({ amount: r.amount, count: Number(r.count) });
    const kinds = new Map(of('kind').map((r) => [r.key as TPledgeRightKind, figures(r)]));
    const total = of('total')[0]!;
    return {
      from: w.from,
      to: w.to,
      regionCode: w.regionCode,
      total: figures(total),
      byRightKind: PLEDGE_RIGHT_KINDS.map((rightKind) => ({ rightKind, ...(kinds.get(rightKind) ?? { amount: '0.00', count: 0 }) })),
      // Spellings of one lender are summed into one entry: see groupLenders.
      byLender: groupLenders(of('lender').map((r) => ({ code: r.code, name: r.key, latest: r.latest ?? '', ...figures(r) })))
        .map(({ names: _names, ...lender }) => lender)
        .sort((a, b) => compareMoney(b.amount, a.amount) || b.count - a.count || a.lenderName.localeCompare(b.lenderName, 'zh-CN')),
      byDistrict: of('district')
        .map((r) => ({ district: r.key, ...figures(r) }))
        .sort((a, b) => a.district.localeCompare(b.district)),
    };
  }
}
