import { Injectable, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import { PRODUCT_METRIC_KEYS } from '@ipbureau/domain/utilization';
import type { MetricProvider, MetricWindow } from '@ipbureau/nest-kit';

// The products' plan figures, all flows over [from, to] in a region: each is one SQL statement
// over the records' own dates (cover start, contract date, award year, issue date), so the value
// for a past period is reproducible. Money is summed as numeric and answered as text.

type Sql = (w: MetricWindow) => [string, unknown[]];

/** One metric class per definition: the catalogue is keyed by the definition, DI by the class. */
function productMetric(name: string, definition: TMetricDefinition, sql: Sql): Type<MetricProvider> {
  @Injectable()
  class ProductMetric implements MetricProvider {
    readonly definition = definition;
    constructor(private readonly dataSource: DataSource) {}
    async compute(w: MetricWindow): Promise<string> {
      const [text, params] = sql(w);
      const [row] = (await this.dataSource.query(text, params)) as { value: string }[];
      return row?.value ?? '0';
    }
  }
  Object.defineProperty(ProductMetric, 'name', { value: name });
  return ProductMetric;
}

const YUAN = { 'zh-CN': '元', en: 'yuan' };
const CONTRACTS = { 'zh-CN': '件', en: 'contracts' };
const AWARDS = { 'zh-CN': '项', en: 'awards' };
const money = (column: string) => `round(COALESCE(sum(${column}), 0), 2)::text`;

const flow = (key: string, zh: string, en: string, unit: { 'zh-CN': string; en: string }, description: string): TMetricDefinition => ({
  key,
  name: { 'zh-CN': zh, en },
  semantics: 'flow',
  unit,
  byDistrict: true,
  description,
});

/** Rows of `table` whose `dateColumn` falls in the window, in the region, with an optional extra condition. */
const inPeriod =
  (select: string, table: string, dateColumn: string, extra = ''): Sql =>
  (w) => [`SELECT ${select} AS value FROM ${table} WHERE ${dateColumn} BETWEEN $1 AND $2 AND region_code LIKE $3 ${extra}`, [w.from, w.to, w.regionPattern]];

/** Awards of the years the window covers: an award is dated by its year (the session), not a day. */
const awardsInPeriod =
  (level?: string): Sql =>
  (w) => [
    `SELECT count(*)::text AS value FROM awards
      WHERE year BETWEEN $1 AND $2 AND region_code LIKE $3 ${level ? 'AND level = $4' : ''}`,
    [Number(w.from.slice(0, 4)), Number(w.to.slice(0, 4)), w.regionPattern, ...(level ? [level] : [])],
  ];

const K = PRODUCT_METRIC_KEYS;

export const PRODUCT_METRICS: Type<MetricProvider>[] = [
  productMetric(
    'InsuranceContractsInPeriodMetric',
    flow(K.insuranceContracts, '知识产权保险保单数', 'IP insurance contracts', { 'zh-CN': '单', en: 'policies' }, 'Policies whose cover starts in the period'),
    inPeriod('count(*)::text', 'insurance_policies', 'period_from'),
  ),
  productMetric(
    'InsuredSumInPeriodMetric',
    flow(K.insuredSum, '知识产权保险保额', 'IP insurance insured sum', YUAN, 'Sum of the insured sums of policies whose cover starts in the period'),
    inPeriod(money('insured_sum'), 'insurance_policies', 'period_from'),
  ),
  productMetric(
    'TransferContractsInPeriodMetric',
    flow(K.transferContracts, '专利（商标）转让许可合同数', 'Transfer and licence contracts', CONTRACTS, 'Assignment and licence contracts signed in the period'),
    inPeriod('count(*)::text', 'transfer_contracts', 'contract_date'),
  ),
  productMetric(
    'AssignmentContractsInPeriodMetric',
    flow(K.assignmentContracts, '转让合同数', 'Assignment contracts', CONTRACTS, 'Assignment contracts signed in the period'),
    inPeriod('count(*)::text', 'transfer_contracts', 'contract_date', `AND kind = 'assignment'`),
  ),
  productMetric(
    'LicenseContractsInPeriodMetric',
    flow(K.licenseContracts, '许可合同数', 'Licence contracts', CONTRACTS, 'Licence contracts signed in the period'),
    inPeriod('count(*)::text', 'transfer_contracts', 'contract_date', `AND kind = 'license'`),
  ),
  productMetric(
    'TransferAmountInPeriodMetric',
    flow(K.transferAmount, '转让许可合同金额', 'Transfer and licence contract amount', YUAN, 'Sum of the amounts of contracts signed in the period'),
    inPeriod(money('amount'), 'transfer_contracts', 'contract_date'),
  ),
  productMetric('AwardsInPeriodMetric', flow(K.awards, '专利获奖数', 'Patent awards', AWARDS, 'Awards of the years from the year of `from` to the year of `to`'), awardsInPeriod()),
  productMetric('NationalAwardsInPeriodMetric', flow(K.nationalAwards, '国家级专利获奖数', 'National patent awards', AWARDS, 'National awards of the years the period covers'), awardsInPeriod('national')),
  productMetric('ProvincialAwardsInPeriodMetric', flow(K.provincialAwards, '省级专利获奖数', 'Provincial patent awards', AWARDS, 'Provincial awards of the years the period covers'), awardsInPeriod('provincial')),
  productMetric('MunicipalAwardsInPeriodMetric', flow(K.municipalAwards, '市级专利获奖数', 'Municipal patent awards', AWARDS, 'Municipal awards of the years the period covers'), awardsInPeriod('municipal')),
  productMetric(
    'SecuritizationAmountInPeriodMetric',
    flow(K.securitizationAmount, '知识产权证券化融资额', 'IP securitization amount', YUAN, 'Sum of the amounts of securitization and trust products issued in the period'),
    inPeriod(money('amount'), 'securitization_products', 'issue_date'),
  ),
];
