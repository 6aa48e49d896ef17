import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { allowedActions as tableActions, applyTransition, ZVersion, type TTransitionTable } from '../common/lifecycle.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { hasModuleLevel } from '../identity/roles.js';
import { ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZProtectionIndustry } from './workstations.js';

/**
 * Overseas rights-protection assistance 海外维权援助 (plan 四.四 "强化汕头市外贸企业知识产权海外维权援助服务
 * 机制，及时发布风险预警报告"): disputes local enterprises face abroad, with the assistance the bureau gave
 * dated step by step, and risk alerts published to the enterprises of an industry.
 */

export const OVERSEAS_DISPUTE_KINDS = ['patent_infringement', 'trademark_infringement', 'trademark_squatting', 'copyright', 'customs_seizure', 'exhibition', 'trade_secret'] as const;
export const ZOverseasDisputeKind = z.enum(OVERSEAS_DISPUTE_KINDS);
export type TOverseasDisputeKind = z.infer<typeof ZOverseasDisputeKind>;
export const OVERSEAS_DISPUTE_KIND_LABELS: Record<TOverseasDisputeKind, { zh: string; en: string }> = {
  patent_infringement: { zh: '专利侵权纠纷', en: 'Patent infringement' },
  trademark_infringement: { zh: '商标侵权纠纷', en: 'Trademark infringement' },
  trademark_squatting: { zh: '商标被抢注', en: 'Trademark squatting' },
  copyright: { zh: '著作权纠纷', en: 'Copyright' },
  customs_seizure: { zh: '海关扣押', en: 'Customs seizure' },
  exhibition: { zh: '境外展会投诉', en: 'Trade-fair complaint' },
  trade_secret: { zh: '商业秘密纠纷', en: 'Trade secret' },
};

export const OVERSEAS_STATUSES = ['reported', 'assisting', 'resolved', 'closed'] as const;
export const ZOverseasStatus = z.enum(OVERSEAS_STATUSES);
export type TOverseasStatus = z.infer<typeof ZOverseasStatus>;
export const OVERSEAS_STATUS_LABELS: Record<TOverseasStatus, { zh: string; en: string }> = {
  reported: { zh: '已登记', en: 'Reported' },
  assisting: { zh: '援助中', en: 'Assisting' },
  resolved: { zh: '已解决', en: 'Resolved' },
  closed: { zh: '已终结', en: 'Closed' },
};

export const OVERSEAS_ACTIONS = ['assist', 'resolve', 'close'] as const;
export const ZOverseasAction = z.enum(OVERSEAS_ACTIONS);
export type TOverseasAction = z.infer<typeof ZOverseasAction>;
export const OVERSEAS_ACTION_LABELS: Record<TOverseasAction | 'report', { zh: string; en: string }> = {
  report: { zh: '登记', en: 'Report' },
  assist: { zh: '记录援助', en: 'Record assistance' },
  resolve: { zh: '纠纷解决', en: 'Resolved' },
  close: { zh: '终结', en: 'Close' },
};

/** Assistance is dated each time it is given (and may be given again); a dispute ends resolved or closed. */
export const OVERSEAS_TRANSITIONS: TTransitionTable<TOverseasStatus, TOverseasAction> = {
  assist: { from: ['reported', 'assisting'], to: 'assisting' },
  resolve: { from: ['assisting'], to: 'resolved' },
  close: { from: ['reported', 'assisting'], to: 'closed' },
};
export const overseasTransition = (status: TOverseasStatus, action: TOverseasAction) => applyTransition(OVERSEAS_TRANSITIONS, status, action);
export const possibleOverseasActions = (status: TOverseasStatus) => tableActions(OVERSEAS_TRANSITIONS, status);
export const allowedOverseasActions = (status: TOverseasStatus, roles: readonly string[]) => (hasModuleLevel(roles, 'protection', 'officer') ? possibleOverseasActions(status) : []);

registerDomainMessages({
  'overseas.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  'overseas.currency.format': { 'zh-CN': '币种须为三位字母代码（如 USD、EUR）', en: 'The currency is a three-letter code (USD, EUR …)' },
  'overseas.amount.currencyRequired': { 'zh-CN': '填写涉案金额时须填写币种', en: 'An amount needs its currency' },
  'overseas.currency.amountRequired': { 'zh-CN': '填写币种时须填写涉案金额', en: 'A currency needs its amount' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, { params: { i18n: 'overseas.date.future' } });
const ZCurrency = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine((c) => /^[A-Z]{3}$/.test(c), { params: { i18n: 'overseas.currency.format' } });

export const ZOverseasDisputeCreate = z
  .strictObject({
    creditCode: ZCreditCode.describe('The local enterprise'),
    enterpriseName: z.string().trim().min(1).max(200),
    country: z.string().trim().min(1).max(100).describe('Country or region, e.g. 美国, 欧盟, 中国香港'),
    kind: ZOverseasDisputeKind,
    opponent: z.string().trim().min(1).max(200).describe('The other party abroad'),
    amount: ZMoney.nullable().default(null).describe('Amount involved, exact decimal'),
    currency: ZCurrency.nullable().default(null).describe('ISO 4217 code of the amount'),
    reportedDate: notAfterToday,
    district: ZRegionCode,
  })
  .superRefine((b, ctx) => {
    if (b.amount !== null && b.currency === null) ctx.addIssue({ code: 'custom', path: ['currency'], params: { i18n: 'overseas.amount.currencyRequired' } });
    if (b.amount === null && b.currency !== null) ctx.addIssue({ code: 'custom', path: ['amount'], params: { i18n: 'overseas.currency.amountRequired' } });
  });
export type TOverseasDisputeCreate = z.infer<typeof ZOverseasDisputeCreate>;
export type TOverseasDisputeCreateInput = z.input<typeof ZOverseasDisputeCreate>;

const stepFields = { effectiveDate: notAfterToday, version: ZVersion, note: z.string().trim().max(1000).optional() };
export const ZOverseasTransitionRequest = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('assist'), ...stepFields, assistance: z.string().trim().min(1).max(2000).describe('The assistance given: guidance, a lawyer referred, a consultation …') }),
  z.strictObject({ action: z.literal('resolve'), ...stepFields, assistance: z.string().trim().min(1).max(2000).describe('How it was resolved') }),
  z.strictObject({ action: z.literal('close'), ...stepFields, assistance: z.string().trim().min(1).max(2000).describe('Why it was closed') }),
]);
export type TOverseasTransitionRequest = z.infer<typeof ZOverseasTransitionRequest>;
export type TOverseasTransitionInput = z.input<typeof ZOverseasTransitionRequest>;

export const ZOverseasEvent = z.object({
  id: z.uuid(),
  action: z.enum(['report', ...OVERSEAS_ACTIONS]),
  fromStatus: ZOverseasStatus.nullable(),
  toStatus: ZOverseasStatus,
  effectiveDate: ZCalendarDate,
  assistance: z.string().nullable(),
  note: z.string().nullable(),
  actorName: z.string(),
  recordedAt: ZInstant,
});
export type TOverseasEvent = z.infer<typeof ZOverseasEvent>;

export const ZOverseasDispute = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  enterpriseName: z.string(),
  country: z.string(),
  kind: ZOverseasDisputeKind,
  opponent: z.string(),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  reportedDate: ZCalendarDate,
  status: ZOverseasStatus,
  statusDate: ZCalendarDate,
  district: ZRegionCode,
  version: z.int(),
  allowedActions: z.array(ZOverseasAction),
  createdAt: ZInstant,
});
export type TOverseasDispute = z.infer<typeof ZOverseasDispute>;
export const ZOverseasDisputeDetail = ZOverseasDispute.extend({ timeline: z.array(ZOverseasEvent) });
export type TOverseasDisputeDetail = z.infer<typeof ZOverseasDisputeDetail>;

export const ZOverseasDisputeListQuery = ZPageQuery.extend({
  kind: ZOverseasDisputeKind.optional(),
  status: ZOverseasStatus.optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TOverseasDisputeListQuery = z.infer<typeof ZOverseasDisputeListQuery>;

/**
 * Who a risk alert goes to: the enterprises of the industry this pillar knows, in the publisher's
 * region — those that brought a request (with their credit code) to a workstation of the industry,
 * and, for the centre's fields, those registered with the rapid protection centre with a request in
 * that field. Recorded when published, so the list is what it was that day.
 */
export const RISK_ALERT_RECIPIENT_SOURCES = ['workstation', 'rapid_centre'] as const;
export const ZRiskAlertRecipientSource = z.enum(RISK_ALERT_RECIPIENT_SOURCES);

export const ZRiskAlertCreate = z.strictObject({
  title: z.string().trim().min(1).max(300),
  industry: ZProtectionIndustry,
  publishedDate: notAfterToday,
  content: z.string().trim().min(1).max(20000),
});
export type TRiskAlertCreate = z.infer<typeof ZRiskAlertCreate>;
export type TRiskAlertCreateInput = z.input<typeof ZRiskAlertCreate>;

export const ZRiskAlertRecipient = z.object({ creditCode: z.string(), name: z.string(), source: ZRiskAlertRecipientSource, district: ZRegionCode });
export type TRiskAlertRecipient = z.infer<typeof ZRiskAlertRecipient>;

export const ZRiskAlert = z.object({
  id: z.uuid(),
  title: z.string(),
  industry: ZProtectionIndustry,
  publishedDate: ZCalendarDate,
  content: z.string(),
  recipientCount: z.int(),
  region: ZRegionCode,
  createdAt: ZInstant,
});
export type TRiskAlert = z.infer<typeof ZRiskAlert>;
export const ZRiskAlertDetail = ZRiskAlert.extend({ recipients: z.array(ZRiskAlertRecipient) });
export type TRiskAlertDetail = z.infer<typeof ZRiskAlertDetail>;

export const ZRiskAlertListQuery = ZPageQuery.extend({ industry: ZProtectionIndustry.optional(), q: z.string().trim().min(1).max(100).optional() });
export type TRiskAlertListQuery = z.infer<typeof ZRiskAlertListQuery>;
