import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { hasModuleLevel, type TModuleLevel } from '../identity/roles.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { isValidPatentNumber } from '../validators/patent-number.js';
import { isValidTrademarkNumber } from '../validators/trademark.js';

/**
 * Credit lists of the protection pillar (plan 四.四 "信用监管"): the blacklist 失信名单 of infringers
 * and agencies that a final decision found at fault, and the whitelist 白名单 of protected rights
 * the bureau watches for early warning 预警.
 */
export const BLACKLIST_SUBJECT_KINDS = ['infringer', 'agency'] as const;
export const ZBlacklistSubjectKind = z.enum(BLACKLIST_SUBJECT_KINDS);
export type TBlacklistSubjectKind = z.infer<typeof ZBlacklistSubjectKind>;
export const BLACKLIST_SUBJECT_KIND_LABELS: Record<TBlacklistSubjectKind, { zh: string; en: string }> = {
  infringer: { zh: '侵权人', en: 'Infringer' },
  agency: { zh: '代理机构', en: 'Agency' },
};

/** The final decision an entry rests on: a closed case of this pillar, or a referral from public services (蓝天 supervision). */
export const BLACKLIST_SOURCES = ['case', 'referral'] as const;
export const ZBlacklistSource = z.enum(BLACKLIST_SOURCES);
export type TBlacklistSource = z.infer<typeof ZBlacklistSource>;
export const BLACKLIST_SOURCE_LABELS: Record<TBlacklistSource, { zh: string; en: string }> = {
  case: { zh: '本局结案案件', en: 'Closed case' },
  referral: { zh: '公共服务移送', en: 'Referral from public services' },
};

export const BLACKLIST_STATUSES = ['pending', 'published', 'removed'] as const;
export const ZBlacklistStatus = z.enum(BLACKLIST_STATUSES);
export type TBlacklistStatus = z.infer<typeof ZBlacklistStatus>;
export const BLACKLIST_STATUS_LABELS: Record<TBlacklistStatus, { zh: string; en: string }> = {
  pending: { zh: '待公示', en: 'Pending publication' },
  published: { zh: '已公示', en: 'Published' },
  removed: { zh: '已移出', en: 'Removed' },
};

export const BLACKLIST_ACTIONS = ['publish', 'remove'] as const;
export const ZBlacklistAction = z.enum(BLACKLIST_ACTIONS);
export type TBlacklistAction = z.infer<typeof ZBlacklistAction>;
export const BLACKLIST_ACTION_LABELS: Record<TBlacklistAction | 'list', { zh: string; en: string }> = {
  list: { zh: '列入', en: 'List' },
  publish: { zh: '公示', en: 'Publish' },
  remove: { zh: '移出', en: 'Remove' },
};

export interface BlacklistTransition {
  action: TBlacklistAction;
  from: TBlacklistStatus;
  to: TBlacklistStatus;
  level: Extract<TModuleLevel, 'officer' | 'approver'>;
}

/**
 * Publication and removal are decisions of the approver. An entry is removed after publication
 * (credit repair 信用修复, or the decision set aside), or before it when it should never have been
 * listed (a referral found wrong); either way its dated events stay.
 */
export const BLACKLIST_TRANSITIONS: readonly BlacklistTransition[] = [
  { action: 'publish', from: 'pending', to: 'published', level: 'approver' },
  { action: 'remove', from: 'published', to: 'removed', level: 'approver' },
  { action: 'remove', from: 'pending', to: 'removed', level: 'approver' },
];

export function blacklistTransitionFor(status: TBlacklistStatus, action: TBlacklistAction): BlacklistTransition | undefined {
  return BLACKLIST_TRANSITIONS.find((t) => t.from === status && t.action === action);
}

export function possibleBlacklistActions(status: TBlacklistStatus): TBlacklistAction[] {
  return [...new Set(BLACKLIST_TRANSITIONS.filter((t) => t.from === status).map((t) => t.action))];
}

export function allowedBlacklistActions(status: TBlacklistStatus, roles: readonly string[]): TBlacklistAction[] {
  return possibleBlacklistActions(status).filter((a) => hasModuleLevel(roles, 'protection', blacklistTransitionFor(status, a)!.level));
}

registerDomainMessages({
  'credit.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  'credit.validTo.beforeFrom': { 'zh-CN': '有效期止不能早于有效期起', en: 'The end of validity cannot be before its start' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, { params: { i18n: 'credit.date.future' } });

/** Listing an infringer from a closed case of this pillar: the case must be closed with a punishment, the subject one of its respondents. */
export const ZBlacklistCreate = z.strictObject({
  caseId: z.uuid().describe('The closed case (decided with a punishment) the listing rests on'),
  creditCode: ZCreditCode.describe('Unified social credit code of the respondent listed'),
  grounds: z.string().trim().min(1).max(2000).describe('Why: the violation found and the decision (列入事由)'),
  listedDate: notAfterToday.describe('Date the listing was decided 列入日期; not before the case closed'),
});
export type TBlacklistCreate = z.infer<typeof ZBlacklistCreate>;
export type TBlacklistCreateInput = z.input<typeof ZBlacklistCreate>;

export const ZBlacklistTransitionRequest = z.strictObject({
  action: ZBlacklistAction,
  effectiveDate: notAfterToday.describe('Date of publication or removal; not before the previous step'),
  version: z.int().min(1).describe('The entry’s version as last read; an entry changed since answers 409'),
  reason: z.string().trim().min(1).max(1000).optional().describe('Why (required for removal: credit repair, decision set aside …)'),
});
export type TBlacklistTransitionRequest = z.infer<typeof ZBlacklistTransitionRequest>;

export const ZBlacklistEvent = z.object({
  id: z.uuid(),
  action: z.enum(['list', ...BLACKLIST_ACTIONS]),
  fromStatus: ZBlacklistStatus.nullable(),
  toStatus: ZBlacklistStatus,
  effectiveDate: ZCalendarDate,
  reason: z.string().nullable(),
  actorId: z.uuid().nullable().describe('Null when listed by a referral event'),
  actorName: z.string(),
  recordedAt: ZInstant,
});
export type TBlacklistEvent = z.infer<typeof ZBlacklistEvent>;

export const ZBlacklistEntry = z.object({
  id: z.uuid(),
  subjectKind: ZBlacklistSubjectKind,
  creditCode: z.string(),
  name: z.string(),
  grounds: z.string(),
  source: ZBlacklistSource,
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  referralId: z.uuid().nullable(),
  violation: z.string().nullable(),
  decidedOn: ZCalendarDate.describe('Date the final decision the entry rests on took effect'),
  status: ZBlacklistStatus,
  listedDate: ZCalendarDate,
  publishedDate: ZCalendarDate.nullable(),
  removedDate: ZCalendarDate.nullable(),
  district: ZRegionCode,
  version: z.int(),
  allowedActions: z.array(ZBlacklistAction),
  createdAt: ZInstant,
});
export type TBlacklistEntry = z.infer<typeof ZBlacklistEntry>;

export const ZBlacklistEntryDetail = ZBlacklistEntry.extend({ timeline: z.array(ZBlacklistEvent) });
export type TBlacklistEntryDetail = z.infer<typeof ZBlacklistEntryDetail>;

export const ZBlacklistListQuery = ZPageQuery.extend({
  status: ZBlacklistStatus.optional(),
  source: ZBlacklistSource.optional(),
  subjectKind: ZBlacklistSubjectKind.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name or credit code'),
  district: ZRegionCode.optional(),
});
export type TBlacklistListQuery = z.infer<typeof ZBlacklistListQuery>;

/** The check other pillars call; the credit code is checked by the service (422 naming `creditCode` on a bad one). */
export const ZBlacklistCheckQuery = z.object({
  creditCode: z.string().trim().min(1).max(40).describe('Unified social credit code to check'),
  asOf: ZCalendarDate.optional().describe('Date to answer for (default today, China Standard Time)'),
});
export type TBlacklistCheckQuery = z.infer<typeof ZBlacklistCheckQuery>;

export const ZBlacklistCheck = z.object({
  creditCode: z.string(),
  asOf: ZCalendarDate,
  /** Published on or before the date and not removed by it. */
  listed: z.boolean(),
  entry: ZBlacklistEntry.omit({ allowedActions: true }).nullable().describe('The entry that lists it on the date, null when none'),
});
export type TBlacklistCheck = z.infer<typeof ZBlacklistCheck>;

/** Whitelist 白名单: rights the bureau protects with early warning (e.g. of the key enterprises). */
export const PROTECTED_RIGHT_KINDS = ['patent', 'trademark', 'geographical_indication', 'copyright'] as const;
export const ZProtectedRightKind = z.enum(PROTECTED_RIGHT_KINDS);
export type TProtectedRightKind = z.infer<typeof ZProtectedRightKind>;
export const PROTECTED_RIGHT_KIND_LABELS: Record<TProtectedRightKind, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  geographical_indication: { zh: '地理标志', en: 'Geographical indication' },
  copyright: { zh: '著作权', en: 'Copyright' },
};

const whitelistFields = {
  rightKind: ZProtectedRightKind,
  rightNumber: z.string().trim().min(1).max(40).describe('Patent number, trademark registration number, GI or copyright registration number'),
  rightName: z.string().trim().min(1).max(200).describe('Title of the patent, the mark, the product …'),
  ownerName: z.string().trim().min(1).max(200),
  ownerCreditCode: ZCreditCode.describe('Unified social credit code of the right owner'),
  validFrom: ZCalendarDate.describe('Watched from'),
  validTo: ZCalendarDate.nullable().describe('Watched until (null: open-ended)'),
  district: ZRegionCode,
};

const validRange = (body: { validFrom?: string; validTo?: string | null }, ctx: z.RefinementCtx) => {
  if (body.validFrom && body.validTo && isCalendarDate(body.validFrom) && isCalendarDate(body.validTo) && compareDates(body.validTo, body.validFrom) < 0) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], params: { i18n: 'credit.validTo.beforeFrom' } });
  }
};

/** A patent is known by its patent number (ZL…, check digit verified), a mark by its registration number. */
export const ZWhitelistCreate = z.strictObject(whitelistFields).superRefine((body, ctx) => {
  validRange(body, ctx);
  if (body.rightKind === 'patent' && !isValidPatentNumber(body.rightNumber)) ctx.addIssue({ code: 'custom', path: ['rightNumber'], params: { i18n: 'patentNumber.format' } });
  if (body.rightKind === 'trademark' && !isValidTrademarkNumber(body.rightNumber)) ctx.addIssue({ code: 'custom', path: ['rightNumber'], params: { i18n: 'trademarkNumber.format' } });
});
export type TWhitelistCreate = z.infer<typeof ZWhitelistCreate>;
export type TWhitelistCreateInput = z.input<typeof ZWhitelistCreate>;

export const ZWhitelistUpdate = z
  .strictObject({ version: z.int().min(1), rightName: whitelistFields.rightName.optional(), validFrom: ZCalendarDate.optional(), validTo: ZCalendarDate.nullable().optional() })
  .superRefine(validRange);
export type TWhitelistUpdate = z.infer<typeof ZWhitelistUpdate>;

export const ZWhitelistEntry = z.object({
  id: z.uuid(),
  rightKind: ZProtectedRightKind,
  rightNumber: z.string(),
  rightName: z.string(),
  ownerName: z.string(),
  ownerCreditCode: z.string(),
  validFrom: ZCalendarDate,
  validTo: ZCalendarDate.nullable(),
  district: ZRegionCode,
  version: z.int(),
  createdAt: ZInstant,
});
export type TWhitelistEntry = z.infer<typeof ZWhitelistEntry>;

export const ZWhitelistListQuery = ZPageQuery.extend({
  rightKind: ZProtectedRightKind.optional(),
  ownerCreditCode: z.string().trim().min(1).max(18).optional(),
  asOf: ZCalendarDate.optional().describe('Only rights watched on this date'),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the right number or name, or the owner’s name'),
});
export type TWhitelistListQuery = z.infer<typeof ZWhitelistListQuery>;
