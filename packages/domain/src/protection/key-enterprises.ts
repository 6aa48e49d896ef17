import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZProtectedRightKind } from './credit-lists.js';

/**
 * The key-enterprise protection list 重点企业知识产权保护直通车 (plan 四.四): enterprises admitted in
 * batches, with the rights protected for them. A case whose right holder (the complainant) is an
 * enterprise admitted on or before the case's registration date is handled on the fast track.
 */
registerDomainMessages({
  'keyEnterprise.duplicate': { 'zh-CN': '同一批次中企业不能重复', en: 'The same enterprise appears twice in the batch' },
});

export const ZKeyEnterpriseRight = z.strictObject({
  rightKind: ZProtectedRightKind,
  rightNumber: z.string().trim().min(1).max(40),
  rightName: z.string().trim().min(1).max(200).optional(),
});
export type TKeyEnterpriseRight = z.infer<typeof ZKeyEnterpriseRight>;

export const ZKeyEnterpriseInput = z.strictObject({
  creditCode: ZCreditCode,
  name: z.string().trim().min(1).max(200),
  district: ZRegionCode.describe('District of the enterprise'),
  rights: z.array(ZKeyEnterpriseRight).max(200).default([]).describe('Rights protected for it'),
});
export type TKeyEnterpriseInput = z.infer<typeof ZKeyEnterpriseInput>;

export const ZKeyEnterpriseBatchCreate = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Batch name, e.g. 2025年第一批重点保护企业'),
  admittedOn: ZCalendarDate.describe('Date the batch was admitted 入库日期'),
  enterprises: z
    .array(ZKeyEnterpriseInput)
    .min(1)
    .max(500)
    .refine((list) => new Set(list.map((e) => e.creditCode)).size === list.length, { params: { i18n: 'keyEnterprise.duplicate' } }),
});
export type TKeyEnterpriseBatchCreate = z.infer<typeof ZKeyEnterpriseBatchCreate>;
export type TKeyEnterpriseBatchCreateInput = z.input<typeof ZKeyEnterpriseBatchCreate>;

export const ZKeyEnterprise = z.object({
  id: z.uuid(),
  batchId: z.uuid(),
  creditCode: z.string(),
  name: z.string(),
  district: ZRegionCode,
  admittedOn: ZCalendarDate,
  rights: z.array(z.object({ rightKind: ZProtectedRightKind, rightNumber: z.string(), rightName: z.string().nullable() })),
});
export type TKeyEnterprise = z.infer<typeof ZKeyEnterprise>;

export const ZKeyEnterpriseBatch = z.object({
  id: z.uuid(),
  name: z.string(),
  admittedOn: ZCalendarDate,
  enterpriseCount: z.int(),
  createdAt: ZInstant,
});
export type TKeyEnterpriseBatch = z.infer<typeof ZKeyEnterpriseBatch>;

export const ZKeyEnterpriseBatchDetail = ZKeyEnterpriseBatch.extend({ enterprises: z.array(ZKeyEnterprise) });
export type TKeyEnterpriseBatchDetail = z.infer<typeof ZKeyEnterpriseBatchDetail>;

export const ZKeyEnterpriseListQuery = ZPageQuery.extend({
  creditCode: z.string().trim().min(1).max(18).optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TKeyEnterpriseListQuery = z.infer<typeof ZKeyEnterpriseListQuery>;
