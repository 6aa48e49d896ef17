import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import { FUND_METRIC_KEYS } from '@ipbureau/domain/utilization';
import { type MetricProvider, type MetricWindow } from '@ipbureau/nest-kit';

// The fund's figures come from its append-only ledger (entries are dated and never changed), and
// interest and premium subsidies from their payment date, set once by the approval: a past date's value
// never changes afterwards. Money is summed as numeric and answered as text.

@Injectable()
abstract class MoneyMetric implements MetricProvider {
  abstract readonly definition: TMetricDefinition;
  protected abstract sql(w: MetricWindow): [string, unknown[]];
  constructor(private readonly dataSource: DataSource) {}
  async compute(w: MetricWindow): Promise<string> {
    const [sql, params] = this.sql(w);
    const [row] = (await this.dataSource.query(sql, params)) as { value: string }[];
    return row?.value ?? '0.00';
  }
}

const YUAN = { 'zh-CN': '元', en: 'yuan' };

/** Subsidies approved and paid in the period, by payment date, summed over `tables` (each with `amount`, `status`, `paid_on`, `region_code`). */
abstract class SubsidiesPaid extends MoneyMetric {
  protected abstract readonly tables: readonly string[];
  protected sql(w: MetricWindow): [string, unknown[]] {
    const paid = this.tables.map((table) => `SELECT amount FROM ${table} WHERE status = 'approved' AND paid_on BETWEEN $1 AND $2 AND region_code LIKE $3`);
    return [`SELECT round(COALESCE(sum(amount), 0), 2)::text AS value FROM (${paid.join(' UNION ALL ')}) paid`, [w.from, w.to, w.regionPattern]];
  }
}

/** 风险补偿资金余额: Σ contributions + recoveries − claim payments dated up to the date, over the region's (or a district's) funds. */
@Injectable()
export class FundBalanceMetric extends MoneyMetric {
  readonly definition = {
    key: FUND_METRIC_KEYS.balance,
    name: { 'zh-CN': '风险补偿资金余额', en: 'Risk-compensation fund balance' },
    semantics: 'stock' as const,
    unit: YUAN,
    byDistrict: true,
    description: 'Contributions and recoveries less claim payments, of the entries dated up to the date',
  };
  protected sql(w: MetricWindow): [string, unknown[]] {
    return [
      `SELECT round(COALESCE(sum(CASE kind WHEN 'claim_payment' THEN -amount ELSE amount END), 0), 2)::text AS value
         FROM fund_ledger WHERE entry_date <= $1 AND region_code LIKE $2`,
      [w.asOf, w.regionPattern],
    ];
  }
}

/** 风险补偿代偿支付额: Σ claim payments dated in the period (by the district of the fund). */
@Injectable()
export class FundClaimsPaidMetric extends MoneyMetric {
  readonly definition = {
    key: FUND_METRIC_KEYS.claimsPaidInPeriod,
    name: { 'zh-CN': '风险补偿代偿支付额', en: 'Risk-compensation claims paid' },
    semantics: 'flow' as const,
    unit: YUAN,
    byDistrict: true,
    description: 'Claim payments out of the funds dated in the period',
  };
  protected sql(w: MetricWindow): [string, unknown[]] {
    return [
      `SELECT round(COALESCE(sum(amount), 0), 2)::text AS value
         FROM fund_ledger WHERE kind = 'claim_payment' AND entry_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
      [w.from, w.to, w.regionPattern],
    ];
  }
}

/** 质押贷款贴息支付额: Σ interest subsidies paid in the period (by the enterprise's district). */
@Injectable()
export class InterestSubsidiesPaidMetric extends SubsidiesPaid {
  protected readonly tables = ['interest_subsidies'];
  readonly definition = {
    key: FUND_METRIC_KEYS.interestSubsidiesPaidInPeriod,
    name: { 'zh-CN': '质押贷款贴息支付额', en: 'Interest subsidies paid' },
    semantics: 'flow' as const,
    unit: YUAN,
    byDistrict: true,
    description: 'Interest subsidies approved and paid, by payment date in the period',
  };
}

/** 知识产权保险保费补贴支付额: Σ premium subsidies paid in the period (by the insured enterprise's district). */
@Injectable()
export class PremiumSubsidiesPaidMetric extends SubsidiesPaid {
  protected readonly tables = ['premium_subsidy_payments'];
  readonly definition = {
    key: FUND_METRIC_KEYS.premiumSubsidiesPaidInPeriod,
    name: { 'zh-CN': '知识产权保险保费补贴支付额', en: 'Insurance premium subsidies paid' },
    semantics: 'flow' as const,
    unit: YUAN,
    byDistrict: true,
    description: 'Premium subsidies of IP insurance policies approved and paid, by payment date in the period',
  };
}

/** 补贴支付总额: every subsidy paid out in the period — interest subsidies and insurance premium subsidies. */
@Injectable()
export class SubsidiesPaidMetric extends SubsidiesPaid {
  protected readonly tables = ['interest_subsidies', 'premium_subsidy_payments'];
  readonly definition = {
    key: FUND_METRIC_KEYS.subsidiesPaidInPeriod,
    name: { 'zh-CN': '补贴支付总额', en: 'Subsidies paid' },
    semantics: 'flow' as const,
    unit: YUAN,
    byDistrict: true,
    description: 'Interest subsidies and insurance premium subsidies approved and paid, by payment date in the period',
  };
}

export const FUND_METRICS = [FundBalanceMetric, FundClaimsPaidMetric, InterestSubsidiesPaidMetric, PremiumSubsidiesPaidMetric, SubsidiesPaidMetric];
