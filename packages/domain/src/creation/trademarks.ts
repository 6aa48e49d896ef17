import { z } from 'zod';
import { addDays, addMonths, addYears } from '../common/dates.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZNiceClass, ZTrademarkNumber } from '../validators/trademark.js';
import { allowedActions, applyTransition, ZVersion, type TTransitionTable } from './lifecycle.js';

/**
 * Registered trademarks 注册商标 held in the region (plan 四.二): ordinary marks, collective marks
 * 集体商标 and certification marks 证明商标 (the forms geographical indications take), and marks
 * extended abroad through the Madrid system 马德里商标.
 */
export const TRADEMARK_KINDS = ['ordinary', 'collective', 'certification', 'madrid'] as const;
export const ZTrademarkKind = z.enum(TRADEMARK_KINDS);
export type TTrademarkKind = z.infer<typeof ZTrademarkKind>;

export const TRADEMARK_KIND_LABELS: Record<TTrademarkKind, { zh: string; en: string }> = {
  ordinary: { zh: '普通商标', en: 'Ordinary' },
  collective: { zh: '集体商标', en: 'Collective' },
  certification: { zh: '证明商标', en: 'Certification' },
  madrid: { zh: '马德里国际注册', en: 'Madrid international' },
};

/**
 * registered: on the register (in force until its expiry date); cancelled 注销/撤销 (surrendered,
 * or revoked e.g. for three years' non-use, Trademark Law art. 49); invalidated 宣告无效 (art. 44–45).
 */
export const TRADEMARK_STATUSES = ['registered', 'cancelled', 'invalidated'] as const;
export const ZTrademarkStatus = z.enum(TRADEMARK_STATUSES);
export type TTrademarkStatus = z.infer<typeof ZTrademarkStatus>;

export const TRADEMARK_STATUS_LABELS: Record<TTrademarkStatus, { zh: string; en: string }> = {
  registered: { zh: '已注册', en: 'Registered' },
  cancelled: { zh: '已注销/撤销', en: 'Cancelled' },
  invalidated: { zh: '宣告无效', en: 'Invalidated' },
};

export const TRADEMARK_ACTIONS = ['renew', 'cancel', 'invalidate'] as const;
export const ZTrademarkAction = z.enum(TRADEMARK_ACTIONS);
export type TTrademarkAction = z.infer<typeof ZTrademarkAction>;

export const TRADEMARK_TRANSITIONS: TTransitionTable<TTrademarkStatus, TTrademarkAction> = {
  renew: { from: ['registered'], to: 'registered' },
  cancel: { from: ['registered'], to: 'cancelled' },
  invalidate: { from: ['registered'], to: 'invalidated' },
};

export const TRADEMARK_ACTION_LABELS: Record<TTrademarkAction, { zh: string; en: string }> = {
  renew: { zh: '续展', en: 'Renew' },
  cancel: { zh: '注销/撤销', en: 'Cancel' },
  invalidate: { zh: '宣告无效', en: 'Invalidate' },
};

/** The first event of every trademark is its registration. */
export const TRADEMARK_EVENT_ACTIONS = ['register', ...TRADEMARK_ACTIONS] as const;
export const ZTrademarkEventAction = z.enum(TRADEMARK_EVENT_ACTIONS);

export function allowedTrademarkActions(status: TTrademarkStatus): TTrademarkAction[] {
  return allowedActions(TRADEMARK_TRANSITIONS, status);
}

export function nextTrademarkStatus(status: TTrademarkStatus, action: TTrademarkAction): TTrademarkStatus | null {
  return applyTransition(TRADEMARK_TRANSITIONS, status, action);
}

/** Trademark Law art. 39–40: a registration, and each renewal, runs ten years. */
export const TRADEMARK_TERM_YEARS = 10;

/** The last day of a ten-year term starting on `start`: registered 2015-03-07 → 2025-03-06. */
export function trademarkTermEnd(start: string): string {
  return addDays(addYears(start, TRADEMARK_TERM_YEARS), -1);
}

/** A renewal's term runs from the day after the current expiry (art. 40). */
export function renewedExpiry(currentExpiry: string): string {
  return trademarkTermEnd(addDays(currentExpiry, 1));
}

/**
 * Art. 40: renewal is applied for in the 12 months before expiry, or in the 6 months' grace
 * period after it. The window for a mark expiring on `expiry`, inclusive.
 */
export function renewalWindow(expiry: string): { from: string; to: string } {
  return { from: addDays(addYears(expiry, -1), 1), to: addMonths(expiry, 6) };
}

registerDomainMessages({
  'trademark.niceClasses.unique': { 'zh-CN': '尼斯分类不能重复', en: 'A Nice class is listed twice' },
  'trademark.update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
});

const ZNiceClasses = z
  .array(ZNiceClass)
  .min(1)
  .max(45)
  .refine((classes) => new Set(classes).size === classes.length, { params: { i18n: 'trademark.niceClasses.unique' } })
  .overwrite((classes) => [...classes].sort((a, b) => a - b))
  .describe('Nice classes 尼斯分类 the registration covers, 1–45');

export const ZTrademarkCreate = z.strictObject({
  registrationNumber: ZTrademarkNumber.describe('Registration number 注册号, digits'),
  niceClasses: ZNiceClasses,
  holderName: z.string().trim().min(1).max(200).describe('Registrant 注册人'),
  holderCreditCode: ZCreditCode.nullable().default(null).describe('Unified social credit code of the holder, when it is an organisation'),
  district: ZRegionCode.describe('District of the holder: a district of the region the deployment serves'),
  kind: ZTrademarkKind,
  registrationDate: ZCalendarDate.describe('Date of registration 注册公告日; the ten-year term starts on it'),
  wellKnown: z.boolean().default(false).describe('Recognised as a well-known mark 驰名商标'),
});
export type TTrademarkCreate = z.infer<typeof ZTrademarkCreate>;

export const ZTrademark = z.object({
  id: z.uuid(),
  registrationNumber: z.string(),
  niceClasses: z.array(z.int()),
  holderName: z.string(),
  holderCreditCode: z.string().nullable(),
  district: ZRegionCode,
  kind: ZTrademarkKind,
  registrationDate: ZCalendarDate,
  expiryDate: ZCalendarDate.describe('Last day of the current term: ten years from registration, extended by each renewal'),
  status: ZTrademarkStatus,
  wellKnown: z.boolean(),
  allowedActions: z.array(ZTrademarkAction),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TTrademark = z.infer<typeof ZTrademark>;

export const ZTrademarkStatusEvent = z.object({
  seq: z.int(),
  action: ZTrademarkEventAction,
  fromStatus: ZTrademarkStatus.nullable(),
  toStatus: ZTrademarkStatus,
  effectiveDate: ZCalendarDate,
  expiryDate: ZCalendarDate.nullable().describe('The term end this event set (registration and renewals)'),
  note: z.string().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TTrademarkStatusEvent = z.infer<typeof ZTrademarkStatusEvent>;

export const ZTrademarkDetail = ZTrademark.extend({ statusHistory: z.array(ZTrademarkStatusEvent) });
export type TTrademarkDetail = z.infer<typeof ZTrademarkDetail>;

export const ZTrademarkUpdate = z
  .strictObject({
    version: ZVersion,
    niceClasses: ZNiceClasses.optional(),
    holderName: z.string().trim().min(1).max(200).optional(),
    holderCreditCode: ZCreditCode.nullable().optional(),
    district: ZRegionCode.optional(),
    wellKnown: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'trademark.update.empty' } });
export type TTrademarkUpdate = z.infer<typeof ZTrademarkUpdate>;

export const ZTrademarkTransition = z.strictObject({
  action: ZTrademarkAction,
  effectiveDate: ZCalendarDate.describe('The date the change took legal effect; a renewal must fall in the renewal window'),
  version: ZVersion,
  note: z.string().trim().min(1).max(500).optional(),
});
export type TTrademarkTransition = z.infer<typeof ZTrademarkTransition>;

export const ZTrademarkListQuery = ZPageQuery.extend({
  kind: ZTrademarkKind.optional(),
  status: ZTrademarkStatus.optional(),
  district: ZRegionCode.optional(),
  niceClass: z.coerce.number().pipe(ZNiceClass).optional(),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the holder’s name or credit code, or the registration number'),
  holderCreditCode: z.string().trim().min(1).max(18).optional().describe('Trademarks whose holder carries exactly this credit code'),
});
export type TTrademarkListQuery = z.infer<typeof ZTrademarkListQuery>;
