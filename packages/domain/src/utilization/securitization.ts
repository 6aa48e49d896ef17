import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZEnterpriseRef, ZIpRight, ZIpRights } from './product-shared.js';
import { ZVersion } from '../common/lifecycle.js';
import { ZPositiveMoney } from './pledges.js';

/**
 * IP securitization 知识产权证券化 and trust 信托 products (plan 四.三): a product issued on the
 * cash flows of licensed or pledged rights of several enterprises, with its issuer, amount and
 * issue date.
 */
export const SECURITIZATION_KINDS = ['abs', 'abn', 'trust'] as const;
export const ZSecuritizationKind = z.enum(SECURITIZATION_KINDS);
export type TSecuritizationKind = z.infer<typeof ZSecuritizationKind>;

export const SECURITIZATION_KIND_LABELS: Record<TSecuritizationKind, { zh: string; en: string }> = {
  abs: { zh: '资产支持证券（ABS）', en: 'Asset-backed securities (ABS)' },
  abn: { zh: '资产支持票据（ABN）', en: 'Asset-backed notes (ABN)' },
  trust: { zh: '知识产权信托', en: 'IP trust' },
};

registerDomainMessages({
  'securitization.amount.positive': { 'zh-CN': '发行金额必须大于零', en: 'The amount issued must be more than zero' },
  'securitization.maturityDate.beforeIssue': { 'zh-CN': '到期日必须晚于发行日', en: 'The maturity date must be after the issue date' },
  'securitization.update.empty': { 'zh-CN': '没有要修改的内容', en: 'Nothing to change' },
});

export const ZSecuritizationCreate = z
  .strictObject({
    kind: ZSecuritizationKind,
    name: z.string().trim().min(1).max(200).describe('Product name'),
    code: z.string().trim().min(1).max(32).nullable().optional().describe('Exchange or registration code, when listed'),
    issuerName: z.string().trim().min(1).max(200).describe('Issuer or trustee 发行人/受托人'),
    amount: ZPositiveMoney('securitization.amount.positive').describe('Amount issued, yuan'),
    issueDate: ZCalendarDate,
    maturityDate: ZCalendarDate.nullable().optional(),
    rights: ZIpRights.describe('The underlying rights 基础资产'),
    enterprises: z.array(ZEnterpriseRef).min(1).max(100).describe('The enterprises whose rights underlie it'),
    district: ZRegionCode.describe('District the product is credited to'),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .refine((p) => !p.maturityDate || p.maturityDate > p.issueDate, { path: ['maturityDate'], params: { i18n: 'securitization.maturityDate.beforeIssue' } });
export type TSecuritizationCreate = z.infer<typeof ZSecuritizationCreate>;

export const ZSecuritizationUpdate = z
  .strictObject({
    version: ZVersion,
    name: z.string().trim().min(1).max(200).optional(),
    code: z.string().trim().min(1).max(32).nullable().optional(),
    issuerName: z.string().trim().min(1).max(200).optional(),
    amount: ZPositiveMoney('securitization.amount.positive').optional(),
    issueDate: ZCalendarDate.optional(),
    maturityDate: ZCalendarDate.nullable().optional(),
    rights: ZIpRights.optional(),
    enterprises: z.array(ZEnterpriseRef).min(1).max(100).optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'securitization.update.empty' } });
export type TSecuritizationUpdate = z.infer<typeof ZSecuritizationUpdate>;

export const ZSecuritization = z.object({
  id: z.uuid(),
  kind: ZSecuritizationKind,
  name: z.string(),
  code: z.string().nullable(),
  issuerName: z.string(),
  amount: z.string().describe('Yuan, two decimals'),
  issueDate: ZCalendarDate,
  maturityDate: ZCalendarDate.nullable(),
  rights: z.array(ZIpRight),
  enterprises: z.array(ZEnterpriseRef),
  district: ZRegionCode,
  note: z.string().nullable(),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TSecuritization = z.infer<typeof ZSecuritization>;

export const ZSecuritizationListQuery = ZPageQuery.extend({
  kind: ZSecuritizationKind.optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the name, code or issuer'),
});
export type TSecuritizationListQuery = z.infer<typeof ZSecuritizationListQuery>;
