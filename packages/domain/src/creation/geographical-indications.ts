import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZTrademarkNumber } from '../validators/trademark.js';
import { ZVersion } from './lifecycle.js';

/**
 * Geographical indications 地理标志 (plan 四.二): a product protected as a GI product 地理标志产品
 * (approved by CNIPA announcement) or registered as a GI trademark 地理标志商标 (a collective or
 * certification mark with a registration number), and the producers authorized to use it
 * 核准使用/许可使用, each over a period.
 */
export const GI_PROTECTION_KINDS = ['gi_product', 'gi_trademark'] as const;
export const ZGiProtectionKind = z.enum(GI_PROTECTION_KINDS);
export type TGiProtectionKind = z.infer<typeof ZGiProtectionKind>;

export const GI_PROTECTION_KIND_LABELS: Record<TGiProtectionKind, { zh: string; en: string }> = {
  gi_product: { zh: '地理标志产品', en: 'GI product' },
  gi_trademark: { zh: '地理标志商标', en: 'GI trademark' },
};

registerDomainMessages({
  'gi.registrationNumberRequired': { 'zh-CN': '地理标志商标须填写商标注册号', en: 'A GI trademark needs its registration number' },
  'gi.authorizedTo': { 'zh-CN': '授权截止日不能早于起始日', en: 'The authorization cannot end before it starts' },
  'gi.update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
});

export const ZGiCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(100).describe('Name of the protected product, e.g. 潮汕单丛茶'),
    protectionKind: ZGiProtectionKind,
    registrationNumber: ZTrademarkNumber.nullable().default(null).describe('Trademark registration number; required for a GI trademark'),
    originArea: z.string().trim().min(1).max(500).describe('The area of production the protection covers 产地范围'),
    holderName: z.string().trim().min(1).max(200).describe('Who applied for or holds the protection (often an association)'),
    holderCreditCode: ZCreditCode.nullable().default(null),
    district: ZRegionCode.describe('District of the holder'),
    protectedOn: ZCalendarDate.describe('Date of the approval announcement or of the trademark registration'),
  })
  .check(
    z.superRefine((gi, ctx) => {
      if (gi.protectionKind === 'gi_trademark' && !gi.registrationNumber) {
        ctx.addIssue({ code: 'custom', path: ['registrationNumber'], params: { i18n: 'gi.registrationNumberRequired' }, input: gi.registrationNumber });
      }
    }),
  );
export type TGiCreate = z.infer<typeof ZGiCreate>;

export const ZGiProducerCreate = z
  .strictObject({
    creditCode: ZCreditCode.describe('Unified social credit code of the producer'),
    name: z.string().trim().min(1).max(200),
    authorizedFrom: ZCalendarDate,
    authorizedTo: ZCalendarDate.nullable().default(null).describe('Last day of the authorization; null while open-ended'),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.authorizedTo !== null && p.authorizedTo < p.authorizedFrom) {
        ctx.addIssue({ code: 'custom', path: ['authorizedTo'], params: { i18n: 'gi.authorizedTo' }, input: p.authorizedTo });
      }
    }),
  );
export type TGiProducerCreate = z.infer<typeof ZGiProducerCreate>;

export const ZGiProducer = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  name: z.string(),
  authorizedFrom: ZCalendarDate,
  authorizedTo: ZCalendarDate.nullable(),
  createdAt: ZInstant,
});
export type TGiProducer = z.infer<typeof ZGiProducer>;

export const ZGi = z.object({
  id: z.uuid(),
  name: z.string(),
  protectionKind: ZGiProtectionKind,
  registrationNumber: z.string().nullable(),
  originArea: z.string(),
  holderName: z.string(),
  holderCreditCode: z.string().nullable(),
  district: ZRegionCode,
  protectedOn: ZCalendarDate,
  producersAuthorized: z.int().describe('Producers whose authorization covers today (none once the GI is revoked)'),
  revokedOn: ZCalendarDate.nullable().describe('Date the protection was revoked 撤销 (from then on the GI is no longer counted); null while protected'),
  revocationReason: z.string().nullable(),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TGi = z.infer<typeof ZGi>;

export const ZGiDetail = ZGi.extend({ producers: z.array(ZGiProducer).describe('Every authorization, latest first') });
export type TGiDetail = z.infer<typeof ZGiDetail>;

export const ZGiListQuery = ZPageQuery.extend({
  protectionKind: ZGiProtectionKind.optional(),
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the name, the holder or the registration number'),
});
export type TGiListQuery = z.infer<typeof ZGiListQuery>;

/**
 * A correction of a GI's particulars, against the version read (a stale one is refused with 409).
 * Its kind, registration number and protection date are what it was recorded as and do not change;
 * a revoked GI is not edited.
 */
export const ZGiUpdate = z
  .strictObject({
    version: ZVersion,
    name: z.string().trim().min(1).max(100).optional(),
    originArea: z.string().trim().min(1).max(500).optional(),
    holderName: z.string().trim().min(1).max(200).optional(),
    holderCreditCode: ZCreditCode.nullable().optional(),
    district: ZRegionCode.optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'gi.update.empty' } });
export type TGiUpdate = z.infer<typeof ZGiUpdate>;

/** The revocation 撤销 of a GI's protection (a CNIPA announcement, or the GI trademark cancelled), on the date it took effect. */
export const ZGiRevoke = z.strictObject({
  version: ZVersion,
  revokedOn: ZCalendarDate.describe('The date the revocation took effect; not before the protection date, not in the future'),
  reason: z.string().trim().min(1).max(500).describe('Why, e.g. the announcement number 公告号'),
});
export type TGiRevoke = z.infer<typeof ZGiRevoke>;
