import { z } from 'zod';
import { ZCalendarDate, ZRegionCode } from '../common/scalars.js';
import { ZPledgeRightKind, type TPledgeRightKind } from './pledges.js';

/**
 * The pledge metrics the utilization service computes (`GET /api/utilization/metrics/<key>`):
 * - amount_in_period (flow): Σ loan amounts of pledges registered in the period — the plan's
 *   indicator 知识产权质押融资总额;
 * - count_in_period (flow): pledges registered in the period;
 * - outstanding (stock): principal disbursed and not yet repaid, of loans not released, as of a date;
 * - amount_in_period.<right kind> / count_in_period.<right kind> (flow): the same for one right kind.
 */
export const PLEDGE_METRIC_KEYS = {
  amountInPeriod: 'pledges.amount_in_period',
  countInPeriod: 'pledges.count_in_period',
  outstanding: 'pledges.outstanding',
} as const;
export type TPledgeMetricKey = (typeof PLEDGE_METRIC_KEYS)[keyof typeof PLEDGE_METRIC_KEYS];


/**
 * The right kinds each pledge figure is also answered for, as metrics of their own
 * (`pledges.amount_in_period.patent`, `pledges.count_in_period.trademark`, …), the way the plan
 * layer reads one figure per key. A pledge holds one right, so the kinds partition the total.
 */
export const PLEDGE_METRIC_KEYS_BY_RIGHT_KIND: Record<TPledgeRightKind, { amountInPeriod: string; countInPeriod: string }> = {
  patent: { amountInPeriod: 'pledges.amount_in_period.patent', countInPeriod: 'pledges.count_in_period.patent' },
  trademark: { amountInPeriod: 'pledges.amount_in_period.trademark', countInPeriod: 'pledges.count_in_period.trademark' },
  gi: { amountInPeriod: 'pledges.amount_in_period.gi', countInPeriod: 'pledges.count_in_period.gi' },
};

/**
 * The financing of a period broken down at once by right kind, by lender and by district
 * (`GET /api/utilization/pledge-metrics/breakdown`): the same pledges as
 * `pledges.amount_in_period` / `count_in_period` — registered in the period, in the caller's
 * region or one district — so each breakdown sums to those figures.
 */
export const ZPledgeBreakdownQuery = z.strictObject({
  from: ZCalendarDate.optional().describe('First day of the period; 1 January of `to`’s year when left out'),
  to: ZCalendarDate.optional().describe('Last day of the period; today when left out'),
  district: ZRegionCode.optional().describe('One district of the caller’s region'),
});
export type TPledgeBreakdownQuery = z.infer<typeof ZPledgeBreakdownQuery>;

const ZFinancing = { amount: z.string().describe('Σ loan amounts, yuan'), count: z.int().describe('Pledges registered') };

export const ZPledgeBreakdown = z.object({
  from: ZCalendarDate,
  to: ZCalendarDate,
  regionCode: ZRegionCode.describe('The region or district the figures cover'),
  total: z.object(ZFinancing),
  byRightKind: z.array(z.object({ rightKind: ZPledgeRightKind, ...ZFinancing })).describe('Every right kind, zeros included, in the order patent, trademark, GI'),
  byLender: z
    .array(
      z.object({
        lenderCreditCode: z.string().nullable().describe('The lender’s credit code; null for pledges recorded without one, grouped by their name normalized'),
        lenderName: z.string().describe('The name the lender’s most recent pledge in the period used'),
        ...ZFinancing,
      }),
    )
    .describe('Lenders with a registration in the period, the largest amount first: one entry per credit code, and per normalized name for pledges without a code'),
  byDistrict: z.array(z.object({ district: ZRegionCode, ...ZFinancing })).describe('Districts with a registration in the period, by code'),
});
export type TPledgeBreakdown = z.infer<typeof ZPledgeBreakdown>;
