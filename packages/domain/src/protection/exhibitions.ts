import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { allowedActions as tableActions, applyTransition, type TTransitionTable } from '../common/lifecycle.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { hasModuleLevel } from '../identity/roles.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZProtectedRightKind } from './credit-lists.js';

/**
 * Exhibitions 展会 and e-commerce 电商 (plan 四.四 "加强展会、电商领域知识产权保护"): an exhibition
 * with its IP service station 知识产权服务站 and the complaints the station receives and handles
 * during the event; complaints against shops on e-commerce platforms with their take-down outcome.
 * Both are worked by officers; each outcome is dated, so a period's figures stay what they were.
 */
registerDomainMessages({
  'exhibition.endDate.beforeStart': { 'zh-CN': '闭幕日期不能早于开幕日期', en: 'The closing date cannot be before the opening date' },
  'exhibition.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, { params: { i18n: 'exhibition.date.future' } });

export const ZExhibitionCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('Name of the exhibition, e.g. 中国（汕头）国际玩具博览会'),
    venue: z.string().trim().min(1).max(200),
    startDate: ZCalendarDate.describe('Opening day'),
    endDate: ZCalendarDate.describe('Closing day'),
    district: ZRegionCode,
    stationName: z.string().trim().min(1).max(200).describe('The IP service station 知识产权服务站 set up at the exhibition'),
    stationContact: z.string().trim().max(100).nullable().default(null).describe('Who runs the station, and how to reach them'),
  })
  .superRefine((b, ctx) => {
    if (isCalendarDate(b.startDate) && isCalendarDate(b.endDate) && compareDates(b.endDate, b.startDate) < 0) ctx.addIssue({ code: 'custom', path: ['endDate'], params: { i18n: 'exhibition.endDate.beforeStart' } });
  });
export type TExhibitionCreate = z.infer<typeof ZExhibitionCreate>;
export type TExhibitionCreateInput = z.input<typeof ZExhibitionCreate>;

export const ZExhibition = z.object({
  id: z.uuid(),
  name: z.string(),
  venue: z.string(),
  startDate: ZCalendarDate,
  endDate: ZCalendarDate,
  district: ZRegionCode,
  stationName: z.string(),
  stationContact: z.string().nullable(),
  complaints: z.int().describe('Complaints received at the exhibition'),
  handled: z.int().describe('Complaints with an outcome'),
  createdAt: ZInstant,
});
export type TExhibition = z.infer<typeof ZExhibition>;

export const ZExhibitionListQuery = ZPageQuery.extend({
  district: ZRegionCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Exhibitions opening in this year'),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TExhibitionListQuery = z.infer<typeof ZExhibitionListQuery>;

/** A complaint at an exhibition is pending until handled: the goods withdrawn from display 撤展, not established, or referred to a case. */
export const EXHIBITION_COMPLAINT_STATUSES = ['pending', 'withdrawn', 'not_established', 'referred'] as const;
export const ZExhibitionComplaintStatus = z.enum(EXHIBITION_COMPLAINT_STATUSES);
export type TExhibitionComplaintStatus = z.infer<typeof ZExhibitionComplaintStatus>;
export const EXHIBITION_COMPLAINT_STATUS_LABELS: Record<TExhibitionComplaintStatus, { zh: string; en: string }> = {
  pending: { zh: '处理中', en: 'Pending' },
  withdrawn: { zh: '已撤展', en: 'Withdrawn from display' },
  not_established: { zh: '侵权不成立', en: 'Not established' },
  referred: { zh: '转立案查处', en: 'Referred to a case' },
};

export const EXHIBITION_COMPLAINT_ACTIONS = ['withdraw', 'dismiss', 'refer'] as const;
export const ZExhibitionComplaintAction = z.enum(EXHIBITION_COMPLAINT_ACTIONS);
export type TExhibitionComplaintAction = z.infer<typeof ZExhibitionComplaintAction>;
export const EXHIBITION_COMPLAINT_ACTION_LABELS: Record<TExhibitionComplaintAction, { zh: string; en: string }> = {
  withdraw: { zh: '责令撤展', en: 'Withdraw from display' },
  dismiss: { zh: '认定不成立', en: 'Not established' },
  refer: { zh: '转立案', en: 'Refer to a case' },
};

export const EXHIBITION_COMPLAINT_TRANSITIONS: TTransitionTable<TExhibitionComplaintStatus, TExhibitionComplaintAction> = {
  withdraw: { from: ['pending'], to: 'withdrawn' },
  dismiss: { from: ['pending'], to: 'not_established' },
  refer: { from: ['pending'], to: 'referred' },
};

export const exhibitionComplaintTransition = (status: TExhibitionComplaintStatus, action: TExhibitionComplaintAction) => applyTransition(EXHIBITION_COMPLAINT_TRANSITIONS, status, action);
export const possibleExhibitionComplaintActions = (status: TExhibitionComplaintStatus) => tableActions(EXHIBITION_COMPLAINT_TRANSITIONS, status);
export const allowedExhibitionComplaintActions = (status: TExhibitionComplaintStatus, roles: readonly string[]): TExhibitionComplaintAction[] =>
  hasModuleLevel(roles, 'protection', 'officer') ? possibleExhibitionComplaintActions(status) : [];

export const ZExhibitionComplaintCreate = z.strictObject({
  complainant: z.string().trim().min(1).max(200).describe('The right holder or its agent who complained'),
  complainantCreditCode: ZCreditCode.nullable().default(null),
  exhibitor: z.string().trim().min(1).max(200).describe('The exhibitor complained against'),
  booth: z.string().trim().min(1).max(40).describe('Booth number 展位号'),
  rightKind: ZProtectedRightKind,
  rightNumber: z.string().trim().min(1).max(40).describe('Patent number, trademark registration number …'),
  receivedDate: notAfterToday.describe('Date received; during the exhibition'),
});
export type TExhibitionComplaintCreate = z.infer<typeof ZExhibitionComplaintCreate>;
export type TExhibitionComplaintCreateInput = z.input<typeof ZExhibitionComplaintCreate>;

export const ZExhibitionComplaintOutcome = z.strictObject({
  action: ZExhibitionComplaintAction,
  effectiveDate: notAfterToday.describe('Date handled; not before the complaint was received'),
  version: z.int().min(1),
  caseId: z.uuid().nullable().default(null).describe('The case registered, when referred'),
  note: z.string().trim().max(1000).optional(),
});
export type TExhibitionComplaintOutcome = z.infer<typeof ZExhibitionComplaintOutcome>;
export type TExhibitionComplaintOutcomeInput = z.input<typeof ZExhibitionComplaintOutcome>;

export const ZExhibitionComplaint = z.object({
  id: z.uuid(),
  exhibitionId: z.uuid(),
  complainant: z.string(),
  complainantCreditCode: z.string().nullable(),
  exhibitor: z.string(),
  booth: z.string(),
  rightKind: ZProtectedRightKind,
  rightNumber: z.string(),
  receivedDate: ZCalendarDate,
  status: ZExhibitionComplaintStatus,
  handledDate: ZCalendarDate.nullable(),
  caseId: z.uuid().nullable(),
  note: z.string().nullable(),
  version: z.int(),
  allowedActions: z.array(ZExhibitionComplaintAction),
});
export type TExhibitionComplaint = z.infer<typeof ZExhibitionComplaint>;

export const ZExhibitionDetail = ZExhibition.extend({ complaintList: z.array(ZExhibitionComplaint) });
export type TExhibitionDetail = z.infer<typeof ZExhibitionDetail>;

/** An e-commerce complaint is pending until the platform takes the listing down 下架 or the complaint is rejected. */
export const ECOMMERCE_STATUSES = ['pending', 'taken_down', 'rejected'] as const;
export const ZEcommerceStatus = z.enum(ECOMMERCE_STATUSES);
export type TEcommerceStatus = z.infer<typeof ZEcommerceStatus>;
export const ECOMMERCE_STATUS_LABELS: Record<TEcommerceStatus, { zh: string; en: string }> = {
  pending: { zh: '处理中', en: 'Pending' },
  taken_down: { zh: '已下架', en: 'Taken down' },
  rejected: { zh: '不予支持', en: 'Rejected' },
};

export const ECOMMERCE_ACTIONS = ['take_down', 'reject'] as const;
export const ZEcommerceAction = z.enum(ECOMMERCE_ACTIONS);
export type TEcommerceAction = z.infer<typeof ZEcommerceAction>;
export const ECOMMERCE_ACTION_LABELS: Record<TEcommerceAction, { zh: string; en: string }> = {
  take_down: { zh: '已下架', en: 'Taken down' },
  reject: { zh: '不予支持', en: 'Reject' },
};

export const ECOMMERCE_TRANSITIONS: TTransitionTable<TEcommerceStatus, TEcommerceAction> = {
  take_down: { from: ['pending'], to: 'taken_down' },
  reject: { from: ['pending'], to: 'rejected' },
};
export const ecommerceTransition = (status: TEcommerceStatus, action: TEcommerceAction) => applyTransition(ECOMMERCE_TRANSITIONS, status, action);
export const possibleEcommerceActions = (status: TEcommerceStatus) => tableActions(ECOMMERCE_TRANSITIONS, status);
export const allowedEcommerceActions = (status: TEcommerceStatus, roles: readonly string[]): TEcommerceAction[] =>
  hasModuleLevel(roles, 'protection', 'officer') ? possibleEcommerceActions(status) : [];

export const ZEcommerceComplaintCreate = z.strictObject({
  platform: z.string().trim().min(1).max(100).describe('The platform, e.g. 淘宝, 拼多多, 京东'),
  shop: z.string().trim().min(1).max(200),
  link: z.url({ protocol: /^https?$/ }).max(2000).describe('Link to the listing complained of'),
  complainant: z.string().trim().min(1).max(200),
  rightKind: ZProtectedRightKind,
  rightNumber: z.string().trim().min(1).max(40),
  district: ZRegionCode.describe('District of the complainant or of the shop’s operator'),
  receivedDate: notAfterToday,
});
export type TEcommerceComplaintCreate = z.infer<typeof ZEcommerceComplaintCreate>;
export type TEcommerceComplaintCreateInput = z.input<typeof ZEcommerceComplaintCreate>;

export const ZEcommerceOutcome = z.strictObject({
  action: ZEcommerceAction,
  effectiveDate: notAfterToday.describe('Date of the outcome; not before the complaint was received'),
  version: z.int().min(1),
  note: z.string().trim().max(1000).optional(),
});
export type TEcommerceOutcome = z.infer<typeof ZEcommerceOutcome>;

export const ZEcommerceComplaint = z.object({
  id: z.uuid(),
  platform: z.string(),
  shop: z.string(),
  link: z.string(),
  complainant: z.string(),
  rightKind: ZProtectedRightKind,
  rightNumber: z.string(),
  district: ZRegionCode,
  receivedDate: ZCalendarDate,
  status: ZEcommerceStatus,
  outcomeDate: ZCalendarDate.nullable(),
  note: z.string().nullable(),
  version: z.int(),
  allowedActions: z.array(ZEcommerceAction),
  createdAt: ZInstant,
});
export type TEcommerceComplaint = z.infer<typeof ZEcommerceComplaint>;

export const ZEcommerceListQuery = ZPageQuery.extend({
  status: ZEcommerceStatus.optional(),
  platform: z.string().trim().min(1).max(100).optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the shop, the complainant or the right number'),
});
export type TEcommerceListQuery = z.infer<typeof ZEcommerceListQuery>;
