import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { isValidPatentNumber } from '../validators/patent-number.js';
import { isValidTrademarkNumber } from '../validators/trademark.js';
import { ZCaseAction, ZCaseOutcome, ZCaseStatus, ZTransferRecipientKind } from './case-workflow.js';
import { ZCaseDeadline } from './deadlines.js';

/**
 * Administrative enforcement cases 行政执法案件 of the protection pillar (plan 四.四), from
 * registration 立案 on. The case number is the bureau's own, written as its documents write it.
 */
export const CASE_KINDS = [
  'trademark_infringement',
  'patent_dispute',
  'counterfeit_patent',
  'copyright',
  'trade_secret',
  'unfair_competition',
  'gi_misuse',
] as const;
export const ZCaseKind = z.enum(CASE_KINDS);
export type TCaseKind = z.infer<typeof ZCaseKind>;

export const CASE_KIND_LABELS: Record<TCaseKind, { zh: string; en: string }> = {
  trademark_infringement: { zh: '商标侵权', en: 'Trademark infringement' },
  patent_dispute: { zh: '专利侵权纠纷', en: 'Patent infringement dispute' },
  counterfeit_patent: { zh: '假冒专利', en: 'Counterfeit patent' },
  copyright: { zh: '著作权侵权', en: 'Copyright infringement' },
  trade_secret: { zh: '侵犯商业秘密', en: 'Trade secret misappropriation' },
  unfair_competition: { zh: '不正当竞争', en: 'Unfair competition' },
  gi_misuse: { zh: '地理标志违法使用', en: 'Misuse of a geographical indication' },
};

/** How the bureau learnt of the matter 案件来源. */
export const CASE_SOURCES = ['complaint', 'report', 'inspection', 'referral'] as const;
export const ZCaseSource = z.enum(CASE_SOURCES);
export type TCaseSource = z.infer<typeof ZCaseSource>;

export const CASE_SOURCE_LABELS: Record<TCaseSource, { zh: string; en: string }> = {
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
  inspection: { zh: '监督检查发现', en: 'Found in inspection' },
  referral: { zh: '移送', en: 'Referred by another authority' },
};

registerDomainMessages({
  'case.registeredDate.future': { 'zh-CN': '立案日期不能晚于今天', en: 'The registration date cannot be later than today' },
});

/** Which side of the matter a party is on: the one the case is against 当事人, or the right holder who complained 投诉人/权利人. */
export const CASE_PARTY_ROLES = ['respondent', 'right_holder'] as const;
export const ZCasePartyRole = z.enum(CASE_PARTY_ROLES);
export type TCasePartyRole = z.infer<typeof ZCasePartyRole>;

export const CASE_PARTY_ROLE_LABELS: Record<TCasePartyRole, { zh: string; en: string }> = {
  respondent: { zh: '当事人', en: 'Respondent' },
  right_holder: { zh: '权利人', en: 'Right holder' },
};

/**
 * A party of a case: an organization, known by its unified social credit code, or a natural
 * person, known by name only (no identity-card number is kept on the case file here).
 */
export const ZCasePartyInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('organization'),
    role: ZCasePartyRole,
    name: z.string().trim().min(1).max(200).describe('Registered name of the organization'),
    creditCode: ZCreditCode.describe('Unified social credit code 统一社会信用代码'),
  }),
  z.strictObject({ kind: z.literal('person'), role: ZCasePartyRole, name: z.string().trim().min(1).max(100).describe('Name of the natural person') }),
]);
export type TCasePartyInput = z.infer<typeof ZCasePartyInput>;

export const ZCaseParty = z.object({
  kind: z.enum(['organization', 'person']),
  role: ZCasePartyRole,
  name: z.string(),
  creditCode: z.string().nullable(),
});
export type TCaseParty = z.infer<typeof ZCaseParty>;

/** An officer assigned to handle the case 承办人 (law requires two). */
export const ZCaseOfficer = z.strictObject({
  userId: z.uuid().describe('The officer’s user id on the platform'),
  name: z.string().trim().min(1).max(100),
});
export type TCaseOfficer = z.infer<typeof ZCaseOfficer>;

registerDomainMessages({
  'case.officers.duplicate': { 'zh-CN': '同一承办人不能重复指派', en: 'The same officer is assigned twice' },
});

const ZCasePartiesInput = z.array(ZCasePartyInput).min(1).max(50).describe('Parties: at least the respondent(s)');
const ZCaseOfficersInput = z
  .array(ZCaseOfficer)
  .max(10)
  .refine((officers) => new Set(officers.map((o) => o.userId)).size === officers.length, { params: { i18n: 'case.officers.duplicate' } })
  .default([])
  .describe('Officers assigned to handle the case');

/** Kinds of right a case involves 涉案权利. */
export const CASE_RIGHT_KINDS = ['patent', 'trademark', 'geographical_indication', 'copyright', 'trade_secret', 'other'] as const;
export const ZCaseRightKind = z.enum(CASE_RIGHT_KINDS);
export type TCaseRightKind = z.infer<typeof ZCaseRightKind>;

export const CASE_RIGHT_KIND_LABELS: Record<TCaseRightKind, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  geographical_indication: { zh: '地理标志', en: 'Geographical indication' },
  copyright: { zh: '著作权', en: 'Copyright' },
  trade_secret: { zh: '商业秘密', en: 'Trade secret' },
  other: { zh: '其他', en: 'Other' },
};

/** Rights that are registered, so they have a number the bureau can look up; a trade secret or another right may have none. */
export const NUMBERED_CASE_RIGHT_KINDS: readonly TCaseRightKind[] = ['patent', 'trademark', 'geographical_indication', 'copyright'];

registerDomainMessages({
  'case.rights.numberRequired': { 'zh-CN': '请填写权利号（专利号、商标注册号或登记号）', en: 'Give the right’s number (patent number, trademark or registration number)' },
  'case.rights.duplicate': { 'zh-CN': '同一权利不能重复填写', en: 'The same right is given twice' },
});

/**
 * A right the case involves 涉案权利: a patent by its number (ZL…), a mark by its registration
 * number, a GI or a copyright by its registration number, a trade secret or another right by its
 * description, with an optional title (the patent's title, the mark's words).
 */
export const ZCaseRightInput = z
  .strictObject({
    kind: ZCaseRightKind,
    number: z.string().trim().max(40).optional().describe('Patent number (ZL…), trademark registration number, GI or copyright registration number'),
    title: z.string().trim().max(200).optional().describe('Title of the patent, words of the mark, name of the work …'),
  })
  .superRefine((right, ctx) => {
    const number = right.number ?? '';
    if (!number) {
      if (NUMBERED_CASE_RIGHT_KINDS.includes(right.kind)) ctx.addIssue({ code: 'custom', path: ['number'], params: { i18n: 'case.rights.numberRequired' } });
      return;
    }
    if (right.kind === 'patent' && !isValidPatentNumber(number)) ctx.addIssue({ code: 'custom', path: ['number'], params: { i18n: 'patentNumber.format' } });
    if (right.kind === 'trademark' && !isValidTrademarkNumber(number)) ctx.addIssue({ code: 'custom', path: ['number'], params: { i18n: 'trademarkNumber.format' } });
  });
export type TCaseRightInput = z.infer<typeof ZCaseRightInput>;

export const ZCaseRight = z.object({
  kind: ZCaseRightKind,
  /** As stored: a patent as its ZL number, a mark as its bare registration number. */
  number: z.string().nullable(),
  title: z.string().nullable(),
});
export type TCaseRight = z.infer<typeof ZCaseRight>;

const ZCaseRightsInput = z
  .array(ZCaseRightInput)
  .max(50)
  .refine((rights) => {
    const numbered = rights.filter((r) => r.number).map((r) => `${r.kind}:${(r.number ?? '').replace(/\s/g, '').toUpperCase()}`);
    return new Set(numbered).size === numbered.length;
  }, { params: { i18n: 'case.rights.duplicate' } })
  .describe('Rights the case involves 涉案权利');

export const ZCaseCreate = z.strictObject({
  caseNumber: z.string().trim().min(1).max(64).describe('The bureau’s case number 案号, e.g. 汕市监知案〔2025〕12号'),
  kind: ZCaseKind,
  source: ZCaseSource,
  title: z.string().trim().min(1).max(200).describe('Case name 案由, e.g. 涉嫌销售侵犯注册商标专用权商品案'),
  district: ZRegionCode.describe('District where the matter arose: a district of the region the deployment serves'),
  // A case is registered on a day that has come (China Standard Time), never ahead of it. A
  // malformed date is already reported by the format check, so it is not compared.
  registeredDate: ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, {
    params: { i18n: 'case.registeredDate.future' },
  }).describe('Date of registration 立案日期'),
  parties: ZCasePartiesInput,
  officers: ZCaseOfficersInput,
  rights: ZCaseRightsInput.default([]),
});
export type TCaseCreate = z.infer<typeof ZCaseCreate>;
/** The request body as a client writes it (officers may be left out). */
export type TCaseCreateInput = z.input<typeof ZCaseCreate>;

export const ZCase = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  kind: ZCaseKind,
  source: ZCaseSource,
  title: z.string(),
  district: ZRegionCode,
  registeredDate: ZCalendarDate,
  status: ZCaseStatus,
  /** Optimistic lock: send it back with a change; it grows by one with every change. */
  version: z.int(),
  outcome: ZCaseOutcome.nullable(),
  decisionNumber: z.string().nullable(),
  fineAmount: ZMoney.nullable(),
  confiscationAmount: ZMoney.nullable(),
  transferredTo: z.object({ kind: ZTransferRecipientKind, name: z.string() }).nullable(),
  agreementDate: ZCalendarDate.nullable(),
  /** Date the case reached its current status. */
  statusDate: ZCalendarDate,
  /** What the caller may do next, by the case's status and the caller's roles. */
  allowedActions: z.array(ZCaseAction),
  /** The time limit as of today while the case awaits its decision; null when none applies or it is decided or ended. */
  deadline: ZCaseDeadline.nullable(),
  /** A right holder (the complainant) is an enterprise on the key-enterprise list admitted on or before registration (重点企业直通车); computed at read. */
  fastTrack: z.boolean(),
  /** The parties' names in the order entered; a natural person's masked (张*) for a caller below protection officer. */
  partyNames: z.array(z.string()),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TCase = z.infer<typeof ZCase>;

/** One dated step of the case's timeline; registration is the first. */
export const ZCaseEvent = z.object({
  id: z.uuid(),
  action: z.enum(['register', ...ZCaseAction.options]),
  fromStatus: ZCaseStatus.nullable(),
  toStatus: ZCaseStatus,
  effectiveDate: ZCalendarDate,
  /** What the step recorded (decision number and amounts, receiving body, agreement date, reason). */
  details: z.record(z.string(), z.string()),
  note: z.string().nullable(),
  actorId: z.uuid(),
  actorName: z.string(),
  recordedAt: ZInstant,
});
export type TCaseEvent = z.infer<typeof ZCaseEvent>;

/** The case file: the case with its parties, rights involved, officers and timeline. */
export const ZCaseDetail = ZCase.extend({
  parties: z.array(ZCaseParty),
  rights: z.array(ZCaseRight),
  officers: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  timeline: z.array(ZCaseEvent),
});
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

/** Changes to the case's particulars (not its status, which moves only by transitions). */
export const ZCaseUpdate = z.strictObject({
  version: z.int().min(1).describe('The case’s version as last read; a case changed since answers 409'),
  title: z.string().trim().min(1).max(200).optional(),
  parties: ZCasePartiesInput.optional(),
  officers: ZCaseOfficersInput.optional(),
  rights: ZCaseRightsInput.optional().describe('Rights the case involves; changed only while the case is open'),
});
export type TCaseUpdate = z.infer<typeof ZCaseUpdate>;
export type TCaseUpdateInput = z.input<typeof ZCaseUpdate>;

export const ZCaseListQuery = ZPageQuery.extend({
  kind: ZCaseKind.optional(),
  source: ZCaseSource.optional(),
  status: ZCaseStatus.optional(),
  officer: z.uuid().optional().describe('Cases this user is assigned to'),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the case number, the case name or a party’s name or credit code'),
  district: ZRegionCode.optional(),
  registeredFrom: ZCalendarDate.optional().describe('Registered on or after this date'),
  registeredTo: ZCalendarDate.optional().describe('Registered on or before this date'),
  deadline: z.enum(['overdue', 'due_soon']).optional().describe('Cases past their time limit, or within 5 working days of it, as of today'),
  partyCreditCode: z.string().trim().min(1).max(18).optional().describe('Cases with a party carrying exactly this credit code'),
});
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;
