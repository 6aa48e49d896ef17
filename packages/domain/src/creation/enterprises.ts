import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZVersion, type TTransitionTable } from './lifecycle.js';

/**
 * Enterprises 企业 the creation pillar cultivates (plan 四.二): organisations known by their
 * unified social credit code, with the cultivation titles they were awarded over time and their
 * certifications to the IP management standard GB/T 29490 (贯标).
 */

/**
 * Cultivation titles, by level: national demonstration 国家知识产权示范企业 and advantage
 * 国家知识产权优势企业 enterprises, the provincial ones, and the city's own cultivation list
 * 市级知识产权优势培育企业. The plan counts the national and provincial ones together and the
 * municipal ones apart (三.二).
 */
export const ENTERPRISE_TITLE_KINDS = ['national_demonstration', 'national_advantage', 'provincial_demonstration', 'provincial_advantage', 'municipal_cultivation'] as const;
export const ZEnterpriseTitleKind = z.enum(ENTERPRISE_TITLE_KINDS);
export type TEnterpriseTitleKind = z.infer<typeof ZEnterpriseTitleKind>;

export const TITLE_LEVELS = ['national', 'provincial', 'municipal'] as const;
export type TTitleLevel = (typeof TITLE_LEVELS)[number];

export const ENTERPRISE_TITLE_LEVEL: Record<TEnterpriseTitleKind, TTitleLevel> = {
  national_demonstration: 'national',
  national_advantage: 'national',
  provincial_demonstration: 'provincial',
  provincial_advantage: 'provincial',
  municipal_cultivation: 'municipal',
};

export const ENTERPRISE_TITLE_LABELS: Record<TEnterpriseTitleKind, { zh: string; en: string }> = {
  national_demonstration: { zh: '国家知识产权示范企业', en: 'National IP demonstration enterprise' },
  national_advantage: { zh: '国家知识产权优势企业', en: 'National IP advantage enterprise' },
  provincial_demonstration: { zh: '省知识产权示范企业', en: 'Provincial IP demonstration enterprise' },
  provincial_advantage: { zh: '省知识产权优势企业', en: 'Provincial IP advantage enterprise' },
  municipal_cultivation: { zh: '市级知识产权优势培育企业', en: 'Municipal IP advantage cultivation enterprise' },
};

/** Why a title stopped: revoked 撤销 (e.g. after a review) or expired 到期 (not re-assessed). */
export const TITLE_END_REASONS = ['revoked', 'expired'] as const;
export const ZTitleEndReason = z.enum(TITLE_END_REASONS);
export type TTitleEndReason = z.infer<typeof ZTitleEndReason>;
export const TITLE_END_REASON_LABELS: Record<TTitleEndReason, { zh: string; en: string }> = {
  revoked: { zh: '撤销', en: 'Revoked' },
  expired: { zh: '到期', en: 'Expired' },
};

registerDomainMessages({
  'enterprise.update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
  'enterprise.title.endBeforeAward': { 'zh-CN': '终止日期不能早于认定日期', en: 'The end date must not be before the award date' },
  'certification.validUntil.afterIssue': { 'zh-CN': '有效期截止日必须晚于发证日期', en: 'The valid-until date must be after the issue date' },
  'certification.renew.validUntil': { 'zh-CN': '换证（再认证）须填写新的有效期截止日', en: 'A renewal needs the new valid-until date' },
  'certification.validUntil.onlyRenew': { 'zh-CN': '只有换证（再认证）才能填写新的有效期截止日', en: 'Only a renewal sets a new valid-until date' },
});

const name = z.string().trim().min(1).max(200);
const industry = z.string().trim().min(1).max(100);

export const ZEnterpriseCreate = z.strictObject({
  creditCode: ZCreditCode.describe('Unified social credit code 统一社会信用代码; one enterprise per code'),
  name: name.describe('Registered name 企业名称'),
  district: ZRegionCode.describe('District of the enterprise: a district of the region the deployment serves'),
  industry: industry.nullable().default(null).describe('Industry 所属行业, e.g. 玩具创意, 纺织服装, 化工塑料'),
});
export type TEnterpriseCreate = z.infer<typeof ZEnterpriseCreate>;

export const ZEnterpriseUpdate = z
  .strictObject({
    version: ZVersion,
    name: name.optional(),
    district: ZRegionCode.optional(),
    industry: industry.nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'enterprise.update.empty' } });
export type TEnterpriseUpdate = z.infer<typeof ZEnterpriseUpdate>;

/** One title as awarded: the date of the award document, its batch or document number 批次/文号. */
export const ZEnterpriseTitleCreate = z
  .strictObject({
    kind: ZEnterpriseTitleKind,
    awardedOn: ZCalendarDate.describe('Date the title was awarded (the date of the award document)'),
    documentNumber: z.string().trim().min(1).max(100).nullable().default(null).describe('Batch or document number, e.g. 国知办函运字〔2023〕123号'),
    endedOn: ZCalendarDate.nullable().default(null).describe('Date the title was revoked or expired; null while it holds'),
    endReason: ZTitleEndReason.nullable().default(null),
  })
  .check(
    z.superRefine((title, ctx) => {
      if (title.endedOn !== null && title.endedOn < title.awardedOn) {
        ctx.addIssue({ code: 'custom', path: ['endedOn'], params: { i18n: 'enterprise.title.endBeforeAward' }, input: title.endedOn });
      }
    }),
  );
export type TEnterpriseTitleCreate = z.infer<typeof ZEnterpriseTitleCreate>;

/** Record that a title was revoked or expired. */
export const ZEnterpriseTitleEnd = z.strictObject({
  endedOn: ZCalendarDate.describe('Date the title was revoked or expired'),
  reason: ZTitleEndReason,
});
export type TEnterpriseTitleEnd = z.infer<typeof ZEnterpriseTitleEnd>;

export const ZEnterpriseTitle = z.object({
  id: z.uuid(),
  kind: ZEnterpriseTitleKind,
  level: z.enum(TITLE_LEVELS),
  awardedOn: ZCalendarDate,
  documentNumber: z.string().nullable(),
  endedOn: ZCalendarDate.nullable(),
  endReason: ZTitleEndReason.nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TEnterpriseTitle = z.infer<typeof ZEnterpriseTitle>;

/**
 * GB/T 29490 certification 知识产权管理体系认证. A certificate is issued by a certification body
 * for three years; the body may suspend 暂停 it (and lift the suspension), withdraw 撤销 it, or
 * renew 再认证 it with a new valid-until date. Every change is a dated event.
 */
export const CERTIFICATION_STATUSES = ['valid', 'suspended', 'withdrawn'] as const;
export const ZCertificationStatus = z.enum(CERTIFICATION_STATUSES);
export type TCertificationStatus = z.infer<typeof ZCertificationStatus>;

export const CERTIFICATION_ACTIONS = ['suspend', 'reinstate', 'withdraw', 'renew'] as const;
export const ZCertificationAction = z.enum(CERTIFICATION_ACTIONS);
export type TCertificationAction = z.infer<typeof ZCertificationAction>;

export const CERTIFICATION_EVENT_ACTIONS = ['issue', ...CERTIFICATION_ACTIONS] as const;
export const ZCertificationEventAction = z.enum(CERTIFICATION_EVENT_ACTIONS);
export type TCertificationEventAction = z.infer<typeof ZCertificationEventAction>;

export const CERTIFICATION_TRANSITIONS: TTransitionTable<TCertificationStatus, TCertificationAction> = {
  suspend: { from: ['valid'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'valid' },
  withdraw: { from: ['valid', 'suspended'], to: 'withdrawn' },
  renew: { from: ['valid', 'suspended'], to: 'valid' },
};

export const CERTIFICATION_STATUS_LABELS: Record<TCertificationStatus, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'Valid' },
  suspended: { zh: '暂停', en: 'Suspended' },
  withdrawn: { zh: '撤销', en: 'Withdrawn' },
};

export const CERTIFICATION_ACTION_LABELS: Record<TCertificationEventAction, { zh: string; en: string }> = {
  issue: { zh: '发证', en: 'Issue' },
  suspend: { zh: '暂停', en: 'Suspend' },
  reinstate: { zh: '恢复', en: 'Reinstate' },
  withdraw: { zh: '撤销', en: 'Withdraw' },
  renew: { zh: '再认证换证', en: 'Renew' },
};

export const ZCertificationCreate = z
  .strictObject({
    certificateNumber: z.string().trim().min(1).max(64).describe('Certificate number 证书编号, e.g. 18120IP0123R0M'),
    certificationBody: z.string().trim().min(1).max(200).describe('Certification body 认证机构, e.g. 中知（北京）认证有限公司'),
    issuedOn: ZCalendarDate.describe('Issue date 发证日期'),
    validUntil: ZCalendarDate.describe('Valid-until date 有效期至'),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.validUntil <= c.issuedOn) ctx.addIssue({ code: 'custom', path: ['validUntil'], params: { i18n: 'certification.validUntil.afterIssue' }, input: c.validUntil });
    }),
  );
export type TCertificationCreate = z.infer<typeof ZCertificationCreate>;

export const ZCertificationTransition = z
  .strictObject({
    action: ZCertificationAction,
    effectiveDate: ZCalendarDate.describe('Date the change took effect; not before the last event, not in the future'),
    validUntil: ZCalendarDate.optional().describe('A renewal: the new valid-until date'),
    version: ZVersion,
    note: z.string().trim().min(1).max(500).optional(),
  })
  .check(
    z.superRefine((t, ctx) => {
      if (t.action === 'renew' && t.validUntil === undefined) ctx.addIssue({ code: 'custom', path: ['validUntil'], params: { i18n: 'certification.renew.validUntil' }, input: t.validUntil });
      if (t.action !== 'renew' && t.validUntil !== undefined) ctx.addIssue({ code: 'custom', path: ['validUntil'], params: { i18n: 'certification.validUntil.onlyRenew' }, input: t.validUntil });
      if (t.validUntil !== undefined && t.validUntil <= t.effectiveDate) ctx.addIssue({ code: 'custom', path: ['validUntil'], params: { i18n: 'certification.validUntil.afterIssue' }, input: t.validUntil });
    }),
  );
export type TCertificationTransition = z.infer<typeof ZCertificationTransition>;

export const ZCertificationEvent = z.object({
  seq: z.int(),
  action: ZCertificationEventAction,
  fromStatus: ZCertificationStatus.nullable(),
  toStatus: ZCertificationStatus,
  effectiveDate: ZCalendarDate,
  validUntil: ZCalendarDate.nullable(),
  note: z.string().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TCertificationEvent = z.infer<typeof ZCertificationEvent>;

export const ZCertification = z.object({
  id: z.uuid(),
  certificateNumber: z.string(),
  certificationBody: z.string(),
  issuedOn: ZCalendarDate,
  validUntil: ZCalendarDate.describe('Current valid-until date (moved by each renewal)'),
  status: ZCertificationStatus,
  allowedActions: z.array(ZCertificationAction),
  version: z.int(),
  history: z.array(ZCertificationEvent),
});
export type TCertification = z.infer<typeof ZCertification>;

export const ZEnterprise = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  name: z.string(),
  district: ZRegionCode,
  industry: z.string().nullable(),
  /** Titles in force today (not ended), strongest first. */
  currentTitles: z.array(ZEnterpriseTitleKind),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TEnterprise = z.infer<typeof ZEnterprise>;

/** The enterprise's patents (those whose applicant carries its credit code) today. */
export const ZEnterprisePatentStock = z.object({
  asOf: ZCalendarDate,
  validInvention: z.int().describe('Valid invention patents (PCT inventions included)'),
  highValueInvention: z.int().describe('Of which high-value (plan footnote)'),
});
export type TEnterprisePatentStock = z.infer<typeof ZEnterprisePatentStock>;

export const ZEnterpriseDetail = ZEnterprise.extend({
  titles: z.array(ZEnterpriseTitle).describe('Every title awarded, latest first'),
  certifications: z.array(ZCertification).describe('GB/T 29490 certificates, latest issued first'),
  patentStock: ZEnterprisePatentStock,
});
export type TEnterpriseDetail = z.infer<typeof ZEnterpriseDetail>;

export const ZEnterpriseListQuery = ZPageQuery.extend({
  q: z.string().trim().min(1).max(64).optional().describe('Part of the name (Chinese works) or of the credit code'),
  creditCode: z.string().trim().min(1).max(18).optional().describe('The exact credit code'),
  district: ZRegionCode.optional(),
  titleKind: ZEnterpriseTitleKind.optional().describe('Enterprises holding this title today'),
  certified: z.enum(['true', 'false']).optional().describe('Enterprises holding (or not) a valid GB/T 29490 certificate today'),
});
export type TEnterpriseListQuery = z.infer<typeof ZEnterpriseListQuery>;

export const ZEnterpriseTitleParams = z.object({ id: z.uuid(), titleId: z.uuid() });
export const ZCertificationParams = z.object({ id: z.uuid(), certificationId: z.uuid() });
