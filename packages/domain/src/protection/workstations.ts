import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { ZVersion } from '../common/lifecycle.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';

/**
 * Rights-protection workstations 知识产权维权援助工作站 (plan 四.四: seven stations at Shantou
 * University, the Jinping industrial park, the Longhu innovation centre …) hosted by a university,
 * park or trade association for an industry, and the assistance requests enterprises bring them.
 */

/**
 * The industries the bureau groups its protection work by (Shantou's featured industries, plan
 * 二 and 四.四), as data: workstations serve one, overseas risk alerts are published to one.
 */
export const PROTECTION_INDUSTRIES = ['toys', 'textiles', 'chemicals', 'machinery', 'crafts', 'cosmetics', 'electronics', 'food', 'ecommerce', 'general'] as const;
export const ZProtectionIndustry = z.enum(PROTECTION_INDUSTRIES);
export type TProtectionIndustry = z.infer<typeof ZProtectionIndustry>;
export const PROTECTION_INDUSTRY_LABELS: Record<TProtectionIndustry, { zh: string; en: string }> = {
  toys: { zh: '玩具创意', en: 'Toys' },
  textiles: { zh: '纺织服装', en: 'Textiles and garments' },
  chemicals: { zh: '化工塑料', en: 'Chemicals and plastics' },
  machinery: { zh: '机械装备', en: 'Machinery and equipment' },
  crafts: { zh: '工艺制品', en: 'Crafts' },
  cosmetics: { zh: '化妆品', en: 'Cosmetics' },
  electronics: { zh: '电子信息', en: 'Electronics' },
  food: { zh: '食品', en: 'Food' },
  ecommerce: { zh: '电子商务', en: 'E-commerce' },
  general: { zh: '综合', en: 'General' },
};

export const ASSISTANCE_OUTCOMES = ['resolved', 'referred', 'unresolved'] as const;
export const ZAssistanceOutcome = z.enum(ASSISTANCE_OUTCOMES);
export type TAssistanceOutcome = z.infer<typeof ZAssistanceOutcome>;
export const ASSISTANCE_OUTCOME_LABELS: Record<TAssistanceOutcome, { zh: string; en: string }> = {
  resolved: { zh: '已解决', en: 'Resolved' },
  referred: { zh: '已转办（执法、调解或诉讼）', en: 'Referred' },
  unresolved: { zh: '未解决', en: 'Unresolved' },
};

registerDomainMessages({
  'workstation.date.future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be later than today' },
  'workstation.closed.beforeEstablished': { 'zh-CN': '撤销日期不能早于设立日期', en: 'The closing date cannot be before the establishment' },
  'workstation.notOperating': { 'zh-CN': '工作站在该日期未在运行', en: 'The workstation was not in operation on that date' },
  'workstation.concluded.beforeReceived': { 'zh-CN': '办结日期不能早于受理日期', en: 'The conclusion cannot be before the request was received' },
});

const notAfterToday = ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, { params: { i18n: 'workstation.date.future' } });

export const ZWorkstationCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('e.g. 汕头大学知识产权维权援助工作站'),
    hostOrganization: z.string().trim().min(1).max(200).describe('The university, park or association hosting it'),
    industry: ZProtectionIndustry,
    establishedDate: notAfterToday,
    closedDate: notAfterToday.nullable().default(null),
    district: ZRegionCode,
  })
  .superRefine((b, ctx) => {
    if (b.closedDate && isCalendarDate(b.closedDate) && isCalendarDate(b.establishedDate) && compareDates(b.closedDate, b.establishedDate) < 0) {
      ctx.addIssue({ code: 'custom', path: ['closedDate'], params: { i18n: 'workstation.closed.beforeEstablished' } });
    }
  });
export type TWorkstationCreate = z.infer<typeof ZWorkstationCreate>;
export type TWorkstationCreateInput = z.input<typeof ZWorkstationCreate>;

/** Closing a station (or correcting its host), against the version read. */
export const ZWorkstationUpdate = z.strictObject({
  version: ZVersion,
  hostOrganization: z.string().trim().min(1).max(200).optional(),
  closedDate: notAfterToday.nullable().optional(),
});
export type TWorkstationUpdate = z.infer<typeof ZWorkstationUpdate>;

export const ZWorkstation = z.object({
  id: z.uuid(),
  name: z.string(),
  hostOrganization: z.string(),
  industry: ZProtectionIndustry,
  establishedDate: ZCalendarDate,
  closedDate: ZCalendarDate.nullable(),
  inOperation: z.boolean().describe('Established and not closed as of today'),
  assistanceCount: z.int(),
  district: ZRegionCode,
  version: z.int(),
  createdAt: ZInstant,
});
export type TWorkstation = z.infer<typeof ZWorkstation>;

export const ZWorkstationListQuery = ZPageQuery.extend({
  industry: ZProtectionIndustry.optional(),
  district: ZRegionCode.optional(),
  operatingOn: ZCalendarDate.optional().describe('Only stations in operation on this date'),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TWorkstationListQuery = z.infer<typeof ZWorkstationListQuery>;

export const ZAssistanceCreate = z.strictObject({
  enterpriseName: z.string().trim().min(1).max(200),
  creditCode: ZCreditCode.nullable().default(null),
  matter: z.string().trim().min(1).max(2000).describe('What the enterprise asked help with'),
  receivedDate: notAfterToday,
});
export type TAssistanceCreate = z.infer<typeof ZAssistanceCreate>;
export type TAssistanceCreateInput = z.input<typeof ZAssistanceCreate>;

export const ZAssistanceConclude = z.strictObject({
  version: ZVersion,
  concludedDate: notAfterToday,
  outcome: ZAssistanceOutcome,
  outcomeNote: z.string().trim().max(2000).optional(),
});
export type TAssistanceConclude = z.infer<typeof ZAssistanceConclude>;

export const ZAssistance = z.object({
  id: z.uuid(),
  workstationId: z.uuid(),
  workstationName: z.string(),
  enterpriseName: z.string(),
  creditCode: z.string().nullable(),
  matter: z.string(),
  receivedDate: ZCalendarDate,
  concludedDate: ZCalendarDate.nullable(),
  outcome: ZAssistanceOutcome.nullable(),
  outcomeNote: z.string().nullable(),
  district: ZRegionCode,
  version: z.int(),
  createdAt: ZInstant,
});
export type TAssistance = z.infer<typeof ZAssistance>;

export const ZWorkstationDetail = ZWorkstation.extend({ assistance: z.array(ZAssistance) });
export type TWorkstationDetail = z.infer<typeof ZWorkstationDetail>;

export const ZAssistanceListQuery = ZPageQuery.extend({
  workstationId: z.uuid().optional(),
  outcome: ZAssistanceOutcome.optional(),
  open: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only requests not yet concluded (true) or only concluded ones (false)'),
  from: ZCalendarDate.optional().describe('Received on or after'),
  to: ZCalendarDate.optional().describe('Received on or before'),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TAssistanceListQuery = z.infer<typeof ZAssistanceListQuery>;
