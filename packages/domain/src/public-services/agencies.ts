import { z } from 'zod';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { registerDomainMessages } from '../common/messages.js';

/**
 * Patent and trademark agencies 代理机构 that the public-services pillar (plan 四.五) keeps and
 * supervises. A patent agency practises under a CNIPA licence 专利代理机构执业许可证; a
 * trademark agency is only put on record 备案 and holds none.
 */
export const AGENCY_KINDS = ['patent', 'trademark', 'both'] as const;
export const ZAgencyKind = z.enum(AGENCY_KINDS);
export type TAgencyKind = z.infer<typeof ZAgencyKind>;

export const AGENCY_KIND_LABELS: Record<TAgencyKind, { zh: string; en: string }> = {
  patent: { zh: '专利代理机构', en: 'Patent agency' },
  trademark: { zh: '商标代理机构', en: 'Trademark agency' },
  both: { zh: '专利、商标代理机构', en: 'Patent and trademark agency' },
};

/** The two kinds of work an agency may do; `both` does each. */
export const ZAgencyPractice = z.enum(['patent', 'trademark']);
export type TAgencyPractice = z.infer<typeof ZAgencyPractice>;

registerDomainMessages({
  'agency.licenceRequired': { 'zh-CN': '专利代理机构须填写执业许可证号', en: 'A patent agency must give its practice licence number' },
});

export const ZAgencyCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('Registered name of the agency or branch'),
    creditCode: ZCreditCode.describe('Unified social credit code; one agency per code'),
    kind: ZAgencyKind,
    licenceNumber: z.string().trim().min(1).max(40).nullable().default(null).describe('Patent agency practice licence number; required unless kind is trademark'),
    district: ZRegionCode.describe('District of the agency’s office: a district of the region the deployment serves'),
    establishedDate: ZCalendarDate.describe('Date the agency was established 成立日期'),
    headAgencyId: z.uuid().nullable().optional().describe('For a branch 分支机构: the head office on the register (itself no branch)'),
  })
  .check(
    z.superRefine((agency, ctx) => {
      if (agency.kind !== 'trademark' && agency.licenceNumber === null) {
        ctx.addIssue({ code: 'custom', path: ['licenceNumber'], params: { i18n: 'agency.licenceRequired' }, input: agency.licenceNumber });
      }
    }),
  );
export type TAgencyCreate = z.infer<typeof ZAgencyCreate>;

/** An agency is active from its establishment until it is deregistered 注销 on a date. */
export const AGENCY_STATUSES = ['active', 'deregistered'] as const;
export const ZAgencyStatus = z.enum(AGENCY_STATUSES);
export type TAgencyStatus = z.infer<typeof ZAgencyStatus>;

export const AGENCY_STATUS_LABELS: Record<TAgencyStatus, { zh: string; en: string }> = {
  active: { zh: '在营', en: 'Active' },
  deregistered: { zh: '已注销', en: 'Deregistered' },
};

export const ZAgency = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string(),
  kind: ZAgencyKind,
  licenceNumber: z.string().nullable(),
  district: ZRegionCode,
  establishedDate: ZCalendarDate,
  status: ZAgencyStatus,
  /** The day the agency stopped being active (it is not active on this day). */
  deregisteredDate: ZCalendarDate.nullable(),
  /** For a branch 分支机构, its head office; null for a head office or an agency without branches. */
  headAgencyId: z.uuid().nullable(),
  /** Optimistic lock: send it back with a change; a stale one is refused with 409. */
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TAgency = z.infer<typeof ZAgency>;

export const ZAgencyListQuery = ZPageQuery.extend({
  handles: ZAgencyPractice.optional().describe('Only agencies doing this work (kind `both` does each)'),
  district: ZRegionCode.optional(),
  activeOn: ZCalendarDate.optional().describe('Only agencies active on this date: established on or before it and not deregistered by it'),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name or credit code'),
  headAgencyId: z.uuid().optional().describe('Only the branches of this head office'),
});
export type TAgencyListQuery = z.infer<typeof ZAgencyListQuery>;

/** A correction of an agency's register entry; only the fields sent change. */
export const ZAgencyUpdate = z.strictObject({
  version: z.number().int().min(1).describe('The version the change was made against'),
  name: z.string().trim().min(1).max(200).optional(),
  licenceNumber: z.string().trim().min(1).max(40).nullable().optional(),
  establishedDate: ZCalendarDate.optional(),
});
export type TAgencyUpdate = z.infer<typeof ZAgencyUpdate>;

export const ZAgencyDeregister = z.strictObject({
  version: z.number().int().min(1),
  date: ZCalendarDate.describe('Date of deregistration 注销日期'),
});
export type TAgencyDeregister = z.infer<typeof ZAgencyDeregister>;
