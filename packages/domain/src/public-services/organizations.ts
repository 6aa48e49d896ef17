import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { registerDomainMessages } from '../common/messages.js';

registerDomainMessages({
  'organization.creditCode': { 'zh-CN': '统一社会信用代码应为18位数字或大写字母', en: 'A unified social credit code is 18 digits or capital letters' },
});

/**
 * Unified search and the organization profile (issue 6): one organization — found by a name
 * fragment or its unified social credit code — seen across the pillars, each section read
 * from that pillar's own API with the caller's token. A pillar that is down or refuses the
 * caller leaves its section marked, never the whole profile failed.
 */
export const ORGANIZATION_SECTIONS = ['enterprise', 'patents', 'trademarks', 'pledges', 'cases', 'agencies', 'patentSubsidies', 'financingSubsidies', 'training'] as const;
export const ZOrganizationSection = z.enum(ORGANIZATION_SECTIONS);
export type TOrganizationSection = z.infer<typeof ZOrganizationSection>;

export const ORGANIZATION_PILLARS = ['creation', 'utilization', 'protection', 'public-services'] as const;
export const ZOrganizationPillar = z.enum(ORGANIZATION_PILLARS);
export type TOrganizationPillar = z.infer<typeof ZOrganizationPillar>;

/** Which pillar serves each section. */
export const SECTION_PILLAR: Record<TOrganizationSection, TOrganizationPillar> = {
  enterprise: 'creation',
  patents: 'creation',
  trademarks: 'creation',
  pledges: 'utilization',
  cases: 'protection',
  agencies: 'public-services',
  /** Patent subsidies 专利资助 applied for by the organization (creation). */
  patentSubsidies: 'creation',
  /** Pledge-loan interest subsidies 贴息 and IP-insurance premium subsidies 保费补贴 (utilization). */
  financingSubsidies: 'utilization',
  /** Its people's registrations for training events (this pillar). */
  training: 'public-services',
};

export const ZBilingualText = z.object({ 'zh-CN': z.string(), en: z.string() });
export type TBilingualText = z.infer<typeof ZBilingualText>;

/** `ok`: served; `unavailable`: the pillar is down, slow or failed; `forbidden`: the pillar refused the caller. */
export const ZSectionState = z.enum(['ok', 'unavailable', 'forbidden']);
export type TSectionState = z.infer<typeof ZSectionState>;

export const ZOrganizationSearchQuery = z.object({
  q: z.string().trim().min(2).max(64).describe('Part of the name (Chinese works) or of the unified social credit code'),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export type TOrganizationSearchQuery = z.infer<typeof ZOrganizationSearchQuery>;

export const ZOrganizationHit = z.object({
  creditCode: z.string(),
  name: z.string(),
  district: ZRegionCode.nullable(),
  /** The sections the organization was found in. */
  foundIn: z.array(ZOrganizationSection),
});
export type TOrganizationHit = z.infer<typeof ZOrganizationHit>;

/** How one pillar answered: with a reason when it did not. */
export const ZSourceState = z.object({
  section: ZOrganizationSection,
  pillar: ZOrganizationPillar,
  state: ZSectionState,
  reason: ZBilingualText.nullable(),
});
export type TSourceState = z.infer<typeof ZSourceState>;

export const ZOrganizationSearchResult = z.object({
  q: z.string(),
  hits: z.array(ZOrganizationHit),
  sources: z.array(ZSourceState),
  /** False when a source was unavailable or forbidden: the hits may be incomplete. */
  complete: z.boolean(),
});
export type TOrganizationSearchResult = z.infer<typeof ZOrganizationSearchResult>;

export const ZOrganizationParams = z.object({
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{18}$/, { message: 'organization.creditCode' })
    .describe('Unified social credit code, 18 characters'),
});

/** One record of a section, with the admin-web path of its page. */
export const ZProfileItem = z.object({
  id: z.uuid(),
  reference: z.string().describe('Application, registration, pledge or case number, or the credit code'),
  title: z.string(),
  date: ZCalendarDate.nullable(),
  status: z.string(),
  link: z.string().describe('Path of the record’s page in admin-web'),
});
export type TProfileItem = z.infer<typeof ZProfileItem>;

export const ZProfileSection = ZSourceState.extend({
  /** Records in the section (0 when not ok). */
  total: z.int().min(0),
  /** The latest few records, newest first. */
  recent: z.array(ZProfileItem),
  /** Path of the pillar's list page for the section. */
  listLink: z.string(),
  /**
   * Section facts: for `enterprise`, its current titles and valid GB/T 29490 certificates; for
   * `financingSubsidies`, how many interest and premium subsidies; for `training`, how many
   * registrations were marked attended.
   */
  facts: z.record(z.string(), z.union([z.string(), z.int(), z.boolean(), z.array(z.string())])),
});
export type TProfileSection = z.infer<typeof ZProfileSection>;

export const ZOrganizationProfile = z.object({
  creditCode: z.string(),
  /** The name as a pillar knows it; null when no served pillar holds the code. */
  name: z.string().nullable(),
  district: ZRegionCode.nullable(),
  sections: z.array(ZProfileSection),
  complete: z.boolean(),
  generatedAt: ZInstant,
});
export type TOrganizationProfile = z.infer<typeof ZOrganizationProfile>;
