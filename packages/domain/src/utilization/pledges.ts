import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZVersion } from '../common/lifecycle.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { compareMoney, ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPatentNumber } from '../validators/patent-number.js';
import { ZTrademarkNumber } from '../validators/trademark.js';
import { ZPledgeAction, ZPledgeEventAction, ZPledgeStatus } from './pledge-lifecycle.js';

/**
 * IP pledge financing 知识产权质押融资 (plan 四.三): an enterprise pledges a patent, a trademark or
 * a geographical-indication mark to a lender for a loan. The pledge is recorded from the
 * application on and walked through its lifecycle (see pledge-lifecycle.ts). The plan's
 * indicator counts the loan amounts registered in the plan period.
 */
export const PLEDGE_RIGHT_KINDS = ['patent', 'trademark', 'gi'] as const;
export const ZPledgeRightKind = z.enum(PLEDGE_RIGHT_KINDS);
export type TPledgeRightKind = z.infer<typeof ZPledgeRightKind>;

export const PLEDGE_RIGHT_KIND_LABELS: Record<TPledgeRightKind, { zh: string; en: string }> = {
  patent: { zh: '专利权', en: 'Patent' },
  trademark: { zh: '注册商标专用权', en: 'Registered trademark' },
  gi: { zh: '地理标志（证明商标、集体商标）', en: 'Geographical indication mark' },
};

registerDomainMessages({
  'pledge.loanAmount.positive': { 'zh-CN': '贷款金额必须大于零', en: 'The loan amount must be more than zero' },
  'pledge.amount.positive': { 'zh-CN': '金额必须大于零', en: 'The amount must be more than zero' },
  'pledge.update.empty': { 'zh-CN': '没有要修改的内容', en: 'Nothing to change' },
  'pledge.maturityDate.afterEffective': { 'zh-CN': '到期日必须晚于放款日', en: 'The maturity date must be after the disbursement date' },
});

/** A positive amount of yuan (a loan, a disbursement, a repayment). */
export const ZPositiveMoney = (i18n: string) => ZMoney.refine((amount) => compareMoney(amount, '0') > 0, { params: { i18n } });

const pledgeFields = {
  pledgorName: z.string().trim().min(1).max(200).describe('Pledgor enterprise 出质人'),
  pledgorCreditCode: ZCreditCode.describe('Unified social credit code of the pledgor'),
  lenderName: z.string().trim().min(1).max(200).describe('Lender 质权人, usually a bank branch'),
  lenderCreditCode: ZCreditCode.describe('Unified social credit code of the lender, as on the registration certificate: it identifies the lender whatever the name is spelled'),
  loanAmount: ZPositiveMoney('pledge.loanAmount.positive').describe('Loan amount applied for, in yuan as a decimal string, e.g. "5000000.00"'),
  applicationDate: ZCalendarDate.describe('Date the pledge financing was applied for 申请日'),
  district: ZRegionCode.describe('District of the pledgor: a district of the region the deployment serves'),
};

/**
 * A pledge financing application. The right's number is checked by its kind: a patent by its
 * number (`ZL` + application number, the prefix may be left out), a trademark by its
 * registration number. A geographical indication is pledged as the collective or certification
 * mark registered for it, so it carries a trademark registration number too.
 */
export const ZPledgeCreate = z.discriminatedUnion('rightKind', [
  z.strictObject({ ...pledgeFields, rightKind: z.literal('patent'), rightNumber: ZPatentNumber.describe('Patent number, e.g. ZL201710601862.3') }),
  z.strictObject({ ...pledgeFields, rightKind: z.literal('trademark'), rightNumber: ZTrademarkNumber.describe('Trademark registration number') }),
  z.strictObject({ ...pledgeFields, rightKind: z.literal('gi'), rightNumber: ZTrademarkNumber.describe('Registration number of the GI mark') }),
]);
export type TPledgeCreate = z.infer<typeof ZPledgeCreate>;

const money = () => z.string().describe('Yuan, two decimals');

export const ZPledge = z.object({
  id: z.uuid(),
  pledgorName: z.string(),
  pledgorCreditCode: z.string(),
  rightKind: ZPledgeRightKind,
  rightNumber: z.string(),
  lenderName: z.string(),
  lenderCreditCode: z.string().nullable().describe('Credit code of the lender; null on pledges recorded before it was asked for'),
  loanAmount: money(),
  applicationDate: ZCalendarDate,
  registrationNumber: z.string().nullable().describe('Pledge registration number 质押登记号; null before registration (and on records kept from before it was recorded)'),
  registrationDate: ZCalendarDate.nullable(),
  disbursementDate: ZCalendarDate.nullable(),
  maturityDate: ZCalendarDate.nullable().describe('Current maturity: set at disbursement, moved by each extension'),
  disbursedAmount: money(),
  repaidAmount: money(),
  outstandingPrincipal: money().describe('Disbursed − repaid, never negative'),
  district: ZRegionCode,
  status: ZPledgeStatus,
  allowedActions: z.array(ZPledgeAction).describe('The transitions the status allows next (the role each needs is in PLEDGE_TRANSITIONS)'),
  version: z.int().describe('Send it back with a transition; a stale one is refused with 409'),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TPledge = z.infer<typeof ZPledge>;

/** One dated event of a pledge's lifecycle. Events are only ever added: they are its history. */
export const ZPledgeEvent = z.object({
  id: z.uuid(),
  seq: z.int().describe('1 for the application, then one more per transition'),
  action: ZPledgeEventAction,
  fromStatus: ZPledgeStatus.nullable(),
  toStatus: ZPledgeStatus,
  effectiveDate: ZCalendarDate.describe('Date of legal effect'),
  amount: money().nullable().describe('Disbursed or repaid amount (a ledger entry); null for other events'),
  registrationNumber: z.string().nullable(),
  maturityDate: ZCalendarDate.nullable(),
  note: z.string().nullable(),
  recordedAt: ZInstant,
  recordedBy: z.uuid(),
  recordedByName: z.string(),
});
export type TPledgeEvent = z.infer<typeof ZPledgeEvent>;

export const ZPledgeDetail = ZPledge.extend({ events: z.array(ZPledgeEvent).describe('The timeline, oldest first') });
export type TPledgeDetail = z.infer<typeof ZPledgeDetail>;

const transitionBase = {
  effectiveDate: ZCalendarDate.describe('Date the step took legal effect; not before the previous event, not after today'),
  version: z.int().min(1).describe('The version of the pledge the caller read'),
  note: z.string().trim().max(500).optional(),
};

/**
 * One step of the lifecycle, named by `action`, with the fields that step needs. The server
 * checks the step against the transition table and the caller's role.
 */
export const ZPledgeTransition = z.discriminatedUnion('action', [
  z.strictObject({ ...transitionBase, action: z.literal('register'), registrationNumber: z.string().trim().min(1).max(50).describe('Registration number given by CNIPA 质押登记号') }),
  z
    .strictObject({
      ...transitionBase,
      action: z.literal('disburse'),
      amount: ZPositiveMoney('pledge.amount.positive').describe('Amount disbursed, at most the loan amount'),
      maturityDate: ZCalendarDate.describe('Loan maturity date'),
    })
    .refine((t) => t.maturityDate > t.effectiveDate, { path: ['maturityDate'], params: { i18n: 'pledge.maturityDate.afterEffective' } }),
  z.strictObject({ ...transitionBase, action: z.literal('repay'), amount: ZPositiveMoney('pledge.amount.positive').describe('Principal repaid, at most the outstanding principal') }),
  z.strictObject({ ...transitionBase, action: z.literal('extend'), maturityDate: ZCalendarDate.describe('The new maturity date, after the current one') }),
  z.strictObject({ ...transitionBase, action: z.literal('default') }),
  z.strictObject({ ...transitionBase, action: z.literal('release') }),
  z.strictObject({ ...transitionBase, action: z.literal('withdraw') }),
]);
export type TPledgeTransition = z.infer<typeof ZPledgeTransition>;

/**
 * Corrections of the lender, against the version read: its name as the bank spells it, and its
 * credit code (how a pledge recorded before the code was asked for gets one).
 */
export const ZPledgeUpdate = z
  .strictObject({
    version: ZVersion,
    lenderName: pledgeFields.lenderName.optional(),
    lenderCreditCode: pledgeFields.lenderCreditCode.optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'pledge.update.empty' } });
export type TPledgeUpdate = z.infer<typeof ZPledgeUpdate>;

export const ZPledgeListQuery = ZPageQuery.extend({
  rightKind: ZPledgeRightKind.optional(),
  status: ZPledgeStatus.optional(),
  district: ZRegionCode.optional(),
  pledgorCreditCode: z.string().trim().min(1).max(18).optional().describe('Pledges whose pledgor carries exactly this credit code'),
  lenderCreditCode: z.string().trim().min(1).max(18).optional().describe('Pledges whose lender carries exactly this credit code'),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the pledgor’s name or credit code, or of the right number'),
});
export type TPledgeListQuery = z.infer<typeof ZPledgeListQuery>;
