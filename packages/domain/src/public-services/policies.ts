import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { registerDomainMessages } from '../common/messages.js';

/**
 * Policy and guide library 政策指南库 (plan 四.六): policies, guides (e.g. the overseas
 * rights-protection guide 海外维权指南) and notices, with their dates of effect, searched in
 * full text in Chinese and English.
 */
export const POLICY_KINDS = ['policy', 'guide', 'notice'] as const;
export const ZPolicyKind = z.enum(POLICY_KINDS);
export type TPolicyKind = z.infer<typeof ZPolicyKind>;

export const POLICY_KIND_LABELS: Record<TPolicyKind, { zh: string; en: string }> = {
  policy: { zh: '政策文件', en: 'Policy' },
  guide: { zh: '指南', en: 'Guide' },
  notice: { zh: '通知公告', en: 'Notice' },
};

registerDomainMessages({
  'policy.expiryBeforeEffective': { 'zh-CN': '失效日期不能早于生效日期', en: 'The expiry date cannot be before the effective date' },
});

export const ZPolicyAttachment = z.strictObject({
  name: z.string().trim().min(1).max(200),
  url: z.url().max(1000),
});
export type TPolicyAttachment = z.infer<typeof ZPolicyAttachment>;

const fields = {
  kind: ZPolicyKind,
  title: z.string().trim().min(1).max(300),
  issuer: z.string().trim().min(1).max(200).describe('Issuing authority 发文机关'),
  documentNumber: z.string().trim().min(1).max(100).nullable().describe('Document number 文号, e.g. 汕市监〔2022〕12号'),
  effectiveDate: ZCalendarDate,
  expiryDate: ZCalendarDate.nullable().describe('Last day in force; null: until repealed'),
  // 100,000 characters keep the n-gram vector (bigrams and single characters, at most 256 positions
  // each) well under PostgreSQL's 1 MB tsvector limit.
  body: z.string().max(100_000).describe('Full text'),
  attachments: z.array(ZPolicyAttachment).max(20),
};

const datesInOrder = z.superRefine((p: { effectiveDate?: string; expiryDate?: string | null }, ctx) => {
  if (p.effectiveDate && p.expiryDate && p.expiryDate < p.effectiveDate)
    ctx.addIssue({ code: 'custom', path: ['expiryDate'], params: { i18n: 'policy.expiryBeforeEffective' }, input: p.expiryDate });
});

export const ZPolicyCreate = z
  .strictObject({
    ...fields,
    documentNumber: fields.documentNumber.default(null),
    expiryDate: fields.expiryDate.default(null),
    body: fields.body.default(''),
    attachments: fields.attachments.default([]),
    district: ZRegionCode.describe('Region the issuer governs'),
  })
  .check(datesInOrder);
export type TPolicyCreate = z.infer<typeof ZPolicyCreate>;

export const ZPolicyUpdate = z
  .strictObject({
    version: z.number().int().min(1),
    kind: fields.kind.optional(),
    title: fields.title.optional(),
    issuer: fields.issuer.optional(),
    documentNumber: fields.documentNumber.optional(),
    effectiveDate: fields.effectiveDate.optional(),
    expiryDate: fields.expiryDate.optional(),
    body: fields.body.optional(),
    attachments: fields.attachments.optional(),
  })
  .check(datesInOrder);
export type TPolicyUpdate = z.infer<typeof ZPolicyUpdate>;

export const ZPolicy = z.object({
  id: z.uuid(),
  kind: ZPolicyKind,
  title: z.string(),
  issuer: z.string(),
  documentNumber: z.string().nullable(),
  effectiveDate: ZCalendarDate,
  expiryDate: ZCalendarDate.nullable(),
  attachments: z.array(ZPolicyAttachment),
  district: ZRegionCode,
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TPolicy = z.infer<typeof ZPolicy>;

export const ZPolicyDetail = ZPolicy.extend({ body: z.string() });
export type TPolicyDetail = z.infer<typeof ZPolicyDetail>;

/** A list row: with `q`, the hit's rank and whether the title matched (title hits come first). */
export const ZPolicyHit = ZPolicy.extend({
  titleMatch: z.boolean().nullable(),
  /** A short piece of the body around the first hit, when searching. */
  excerpt: z.string().nullable(),
});
export type TPolicyHit = z.infer<typeof ZPolicyHit>;

export const ZPolicyListQuery = ZPageQuery.extend({
  q: z.string().trim().min(1).max(100).optional().describe('Words to find in title and body (Chinese matched by character pairs; all words must occur)'),
  kind: ZPolicyKind.optional(),
  inForceOn: ZCalendarDate.optional().describe('Only documents in force on this date'),
});
export type TPolicyListQuery = z.infer<typeof ZPolicyListQuery>;
