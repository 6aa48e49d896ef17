import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { compareMoney, ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPatentNumber } from '../validators/patent-number.js';
import { ZTrademarkNumber } from '../validators/trademark.js';

/**
 * IP pledge financing 知识产权质押融资 (plan 四.三): an enterprise pledges a patent, a trademark or
 * a geographical-indication mark to a lender for a loan, and the registration is recorded here.
 * The plan's indicator counts the loan amounts registered in the plan period.
 */
export const PLEDGE_RIGHT_KINDS = ['patent', 'trademark', 'gi'] as const;
export const ZPledgeRightKind = z.enum(PLEDGE_RIGHT_KINDS);
export type TPledgeRightKind = z.infer<typeof ZPledgeRightKind>;

export const PLEDGE_RIGHT_KIND_LABELS: Record<TPledgeRightKind, { zh: string; en: string }> = {
  patent: { zh: '专利权', en: 'Patent' },
  trademark: { zh: '注册商标专用权', en: 'Registered trademark' },
  gi: { zh: '地理标志（证明商标、集体商标）', en: 'Geographical indication mark' },
};

/** active: the right is pledged; released 已注销: the pledge was cancelled after repayment. */
export const PLEDGE_STATUSES = ['active', 'released'] as const;
export const ZPledgeStatus = z.enum(PLEDGE_STATUSES);
export type TPledgeStatus = z.infer<typeof ZPledgeStatus>;

registerDomainMessages({
  'pledge.loanAmount.positive': { 'zh-CN': '贷款金额必须大于零', en: 'The loan amount must be more than zero' },
});

const pledgeFields = {
  pledgorName: z.string().trim().min(1).max(200).describe('Pledgor enterprise 出质人'),
  pledgorCreditCode: ZCreditCode.describe('Unified social credit code of the pledgor'),
  lenderName: z.string().trim().min(1).max(200).describe('Lender 质权人, usually a bank branch'),
  loanAmount: ZMoney.refine((amount) => compareMoney(amount, '0') > 0, { params: { i18n: 'pledge.loanAmount.positive' } }).describe(
    'Loan amount in yuan as a decimal string, e.g. "5000000.00"',
  ),
  registrationDate: ZCalendarDate.describe('Date the pledge was registered 质押登记日'),
  district: ZRegionCode.describe('District of the pledgor: a district of the region the deployment serves'),
};

/**
 * The right's number is checked by its kind: a patent by its number (`ZL` + application number,
 * the prefix may be left out), a trademark by its registration number. A geographical indication
 * is pledged as the collective or certification mark registered for it, so it carries a
 * trademark registration number too.
 */
export const ZPledgeCreate = z.discriminatedUnion('rightKind', [
  z.strictObject({ ...pledgeFields, rightKind: z.literal('patent'), rightNumber: ZPatentNumber.describe('Patent number, e.g. ZL201710601862.3') }),
  z.strictObject({ ...pledgeFields, rightKind: z.literal('trademark'), rightNumber: ZTrademarkNumber.describe('Trademark registration number') }),
  z.strictObject({ ...pledgeFields, rightKind: z.literal('gi'), rightNumber: ZTrademarkNumber.describe('Registration number of the GI mark') }),
]);
export type TPledgeCreate = z.infer<typeof ZPledgeCreate>;

export const ZPledge = z.object({
  id: z.uuid(),
  pledgorName: z.string(),
  pledgorCreditCode: z.string(),
  rightKind: ZPledgeRightKind,
  rightNumber: z.string(),
  lenderName: z.string(),
  loanAmount: z.string().describe('Yuan, two decimals'),
  registrationDate: ZCalendarDate,
  district: ZRegionCode,
  status: ZPledgeStatus,
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TPledge = z.infer<typeof ZPledge>;

export const ZPledgeListQuery = ZPageQuery.extend({
  rightKind: ZPledgeRightKind.optional(),
  status: ZPledgeStatus.optional(),
  district: ZRegionCode.optional(),
});
export type TPledgeListQuery = z.infer<typeof ZPledgeListQuery>;
