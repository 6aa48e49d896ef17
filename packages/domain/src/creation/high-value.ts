import { z } from 'zod';
import { AWARD_GRADE_LABELS, AWARD_GRADES, AWARD_KIND_LABELS, AWARD_KINDS, AWARD_LEVEL_LABELS, AWARD_LEVELS, ZAwardGrade, ZAwardKind, ZAwardLevel, type TAwardGrade, type TAwardKind, type TAwardLevel } from '../common/awards.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZCalendarDate, ZInstant } from '../common/scalars.js';
import { compactIdentifier } from '../validators/normalize.js';
import { ZVersion } from './lifecycle.js';

/**
 * High-value invention patents 高价值发明专利 (plan 三.二 footnote): a valid invention patent
 * (PCT inventions included) is high-value when any one of five criteria holds on the date asked:
 * - `strategic_industry`: one of its IPC symbols maps to a strategic emerging industry
 *   战略性新兴产业 (through the bureau's editable IPC → industry table, prefix matching);
 * - `family_abroad`: a member of its patent family was granted abroad on or before the date;
 * - `maintained_10_years`: it has been in force for more than ten years since its filing date;
 * - `pledged`: it is pledged for financing on the date (registered, not yet released);
 * - `award`: it won a national science-and-technology award 国家科学技术奖 or a China Patent Award
 *   中国专利奖 (national level) in or before the date's year.
 */
export const HIGH_VALUE_CRITERIA = ['strategic_industry', 'family_abroad', 'maintained_10_years', 'pledged', 'award'] as const;
export const ZHighValueCriterion = z.enum(HIGH_VALUE_CRITERIA);
export type THighValueCriterion = z.infer<typeof ZHighValueCriterion>;

export const HIGH_VALUE_CRITERION_LABELS: Record<THighValueCriterion, { zh: string; en: string }> = {
  strategic_industry: { zh: '属于战略性新兴产业', en: 'Belongs to a strategic emerging industry' },
  family_abroad: { zh: '在海外有同族专利权', en: 'Has a patent family member granted abroad' },
  maintained_10_years: { zh: '维持年限超过10年', en: 'Maintained for more than 10 years' },
  pledged: { zh: '实现较高质押融资金额（已质押）', en: 'Pledged for financing' },
  award: { zh: '获得国家科学技术奖或中国专利奖', en: 'Won a national S&T award or a China Patent Award' },
};

/**
 * The national classification of strategic emerging industries (战略性新兴产业分类（2018）,
 * 国家统计局令第23号): nine first-level categories.
 */
export const STRATEGIC_INDUSTRIES = [
  { code: '1', zh: '新一代信息技术产业', en: 'New-generation information technology' },
  { code: '2', zh: '高端装备制造产业', en: 'High-end equipment manufacturing' },
  { code: '3', zh: '新材料产业', en: 'New materials' },
  { code: '4', zh: '生物产业', en: 'Biotechnology' },
  { code: '5', zh: '新能源汽车产业', en: 'New-energy vehicles' },
  { code: '6', zh: '新能源产业', en: 'New energy' },
  { code: '7', zh: '节能环保产业', en: 'Energy saving and environmental protection' },
  { code: '8', zh: '数字创意产业', en: 'Digital creative industries' },
  { code: '9', zh: '相关服务业', en: 'Related services' },
] as const;
export const ZStrategicIndustryCode = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
export type TStrategicIndustryCode = z.infer<typeof ZStrategicIndustryCode>;

registerDomainMessages({
  'ipcPrefix.format': {
    'zh-CN': 'IPC分类号前缀格式不正确，应如 H、H01、H01M、C07D 401 或 H04L 9/32',
    en: 'IPC prefix: write a section, class, subclass, main group or symbol, e.g. H, H01, H01M, C07D 401, H04L 9/32',
  },
  'country.format': { 'zh-CN': '国家或地区代码应为两位大写字母（如 US、EP、JP），且不能是 CN', en: 'Country: a two-letter code such as US, EP or JP, not CN' },
  'mapping.update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
});

const IPC_PREFIX = /^([A-H])(?:(\d{2})(?:([A-Z])(?:(\d{1,4})(?:\/(\d{2,6}))?)?)?)?$/;

/**
 * An IPC prefix in canonical form — `H`, `H01`, `H01M`, `C07D 401` or `H04L 9/32` — or null. It
 * matches a symbol that starts with it where the symbol does not continue the same number
 * (`C07D 401` matches `C07D 401/04`, not `C07D 4011/00`).
 */
export function normalizeIpcPrefix(input: string): string | null {
  const match = IPC_PREFIX.exec(compactIdentifier(input));
  if (!match) return null;
  const [, section, klass, subclass, group, subgroup] = match;
  if (klass === '00') return null;
  if (!klass || !subclass) return `${section}${klass ?? ''}`;
  if (!group) return `${section}${klass}${subclass}`;
  const mainGroup = group.replace(/^0+/, '');
  if (mainGroup === '') return null;
  return subgroup ? `${section}${klass}${subclass} ${mainGroup}/${subgroup}` : `${section}${klass}${subclass} ${mainGroup}`;
}

/** Whether a canonical IPC symbol falls under a canonical prefix (the rule the SQL applies too). */
export function ipcPrefixMatches(prefix: string, symbol: string): boolean {
  if (!symbol.startsWith(prefix)) return false;
  const next = symbol.charAt(prefix.length);
  return next === '' || !/[0-9]/.test(next);
}

export const ZIpcPrefix = z
  .string()
  .refine((v) => normalizeIpcPrefix(v) !== null, { params: { i18n: 'ipcPrefix.format' } })
  .transform((v) => normalizeIpcPrefix(v) as string);

export const ZIpcIndustryMappingCreate = z.strictObject({
  ipcPrefix: ZIpcPrefix.describe('IPC prefix, e.g. H01M (batteries) or C07D 401; matched against each IPC symbol of a patent'),
  industryCode: ZStrategicIndustryCode.describe('First-level category of 战略性新兴产业分类（2018）'),
  subcategory: z.string().trim().min(1).max(100).nullable().default(null).describe('Finer category, e.g. 1.2 电子核心产业'),
  note: z.string().trim().min(1).max(500).nullable().default(null),
});
export type TIpcIndustryMappingCreate = z.infer<typeof ZIpcIndustryMappingCreate>;

export const ZIpcIndustryMappingUpdate = z
  .strictObject({
    version: ZVersion,
    ipcPrefix: ZIpcPrefix.optional(),
    industryCode: ZStrategicIndustryCode.optional(),
    subcategory: z.string().trim().min(1).max(100).nullable().optional(),
    note: z.string().trim().min(1).max(500).nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'mapping.update.empty' } });
export type TIpcIndustryMappingUpdate = z.infer<typeof ZIpcIndustryMappingUpdate>;

export const ZIpcIndustryMapping = z.object({
  id: z.uuid(),
  ipcPrefix: z.string(),
  industryCode: ZStrategicIndustryCode,
  industryName: z.object({ zh: z.string(), en: z.string() }),
  subcategory: z.string().nullable(),
  note: z.string().nullable(),
  version: z.int(),
  updatedAt: ZInstant,
});
export type TIpcIndustryMapping = z.infer<typeof ZIpcIndustryMapping>;

export const ZIpcIndustryMappingListQuery = z.strictObject({
  industryCode: ZStrategicIndustryCode.optional(),
  q: z.string().trim().min(1).max(32).optional().describe('Part of the prefix'),
});
export type TIpcIndustryMappingListQuery = z.infer<typeof ZIpcIndustryMappingListQuery>;

export const ZMappingVersionQuery = z.strictObject({ version: z.coerce.number().int().min(1).describe('The version read; a stale one is refused with 409') });

/** A member of the patent's family filed abroad (an EP, US, JP … application claiming the same priority). */
export const ZCountryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{2}$/.test(v) && v !== 'CN', { params: { i18n: 'country.format' } });

export const ZPatentFamilyMemberCreate = z.strictObject({
  country: ZCountryCode.describe('Country or office code (ISO 3166 / WIPO ST.3): US, EP, JP, KR, WO …'),
  number: z.string().trim().min(1).max(40).describe('Publication or patent number abroad, e.g. US11234567B2'),
  grantDate: ZCalendarDate.nullable().default(null).describe('Date granted there; null while pending'),
});
export type TPatentFamilyMemberCreate = z.infer<typeof ZPatentFamilyMemberCreate>;

export const ZPatentFamilyMember = z.object({
  id: z.uuid(),
  country: z.string(),
  number: z.string(),
  grantDate: ZCalendarDate.nullable(),
  createdAt: ZInstant,
});
export type TPatentFamilyMember = z.infer<typeof ZPatentFamilyMember>;

/** Awards a patent won: the China Patent Award 中国专利奖, national S&T awards, and provincial or municipal patent awards (the shared award vocabulary). */
export const PATENT_AWARD_KINDS = AWARD_KINDS;
export const ZPatentAwardKind = ZAwardKind;
export type TPatentAwardKind = TAwardKind;
export const PATENT_AWARD_KIND_LABELS = AWARD_KIND_LABELS;
export { AWARD_LEVELS, ZAwardLevel, type TAwardLevel, AWARD_GRADES, ZAwardGrade, type TAwardGrade, AWARD_LEVEL_LABELS, AWARD_GRADE_LABELS };

export const ZPatentAwardCreate = z.strictObject({
  kind: ZPatentAwardKind.describe('patent_award: 中国专利奖 (national) or a provincial/municipal patent award; sci_tech_award: 科学技术奖'),
  level: ZAwardLevel,
  year: z.int().min(1985).max(2100).describe('Year of the award'),
  grade: ZAwardGrade,
});
export type TPatentAwardCreate = z.infer<typeof ZPatentAwardCreate>;

export const ZPatentAward = ZPatentAwardCreate.extend({ id: z.uuid(), createdAt: ZInstant });
export type TPatentAward = z.infer<typeof ZPatentAward>;

export const ZPatentChildParams = z.object({ id: z.uuid(), childId: z.uuid() });

export const ZHighValueQuery = z.strictObject({ asOf: ZCalendarDate.optional().describe('Date the evaluation holds at; today (China Standard Time) if left out') });
export type THighValueQuery = z.infer<typeof ZHighValueQuery>;

export const ZHighValueCriterionResult = z.object({
  code: ZHighValueCriterion,
  held: z.boolean(),
  reason: z.object({ 'zh-CN': z.string(), en: z.string() }).describe('Why it held or not'),
  evidence: z.array(z.record(z.string(), z.unknown())).describe('The facts it held on (mapped IPC symbols, family members, pledges, awards, the years maintained)'),
});
export type THighValueCriterionResult = z.infer<typeof ZHighValueCriterionResult>;

export const ZHighValueEvaluation = z.object({
  patentId: z.uuid(),
  asOf: ZCalendarDate,
  /** The rule applies to invention and PCT-invention patents in force on asOf. */
  eligible: z.boolean(),
  eligibility: z.object({ 'zh-CN': z.string(), en: z.string() }),
  highValue: z.boolean(),
  criteria: z.array(ZHighValueCriterionResult).describe('All five criteria in the footnote’s order'),
});
export type THighValueEvaluation = z.infer<typeof ZHighValueEvaluation>;
