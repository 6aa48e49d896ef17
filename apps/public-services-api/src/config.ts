import { z } from 'zod';
import type { TPlanPillar } from '@ipbureau/domain/plans';
import { DEFAULT_OUTLIER_RULE, ZOutlierRule, type TOutlierRule } from '@ipbureau/domain/public-services';
import { loadServiceConfig, type ServiceConfig, ZPillarUrls } from '@ipbureau/nest-kit';

/** Who this service is: URL prefix `/api/public-services`, schema `public_services`, port 4105. */
export const PUBLIC_SERVICES_SERVICE = { service: 'public-services', schema: 'public_services', defaultPort: 4105 } as const;

const ZPublicServicesEnv = z.object({
  /**
   * Base URL of each pillar the organization profile and the unified search read, as JSON:
   * {"creation":"http://127.0.0.1:4102/api/creation", …} (the same variable platform-api reads).
   * A pillar missing here leaves its sections unavailable.
   */
  PILLAR_URLS: ZPillarUrls,
  /** How long the profile waits for one pillar before marking its sections unavailable. */
  PILLAR_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /**
   * When supervision by results flags an agency or agent for inspection, as JSON:
   * {"abnormalShareAbove":0.05,"grantRateBelowCityBy":0.15,"minFiled":10} (the default).
   */
  SUPERVISION_OUTLIER_RULE: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return DEFAULT_OUTLIER_RULE;
      try {
        return ZOutlierRule.parse(JSON.parse(v));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'SUPERVISION_OUTLIER_RULE must be JSON {abnormalShareAbove, grantRateBelowCityBy, minFiled}' });
        return z.NEVER;
      }
    }),
});

export interface PublicServicesConfig extends ServiceConfig {
  /** Pillar → base URL (`…/api/<service>`). */
  pillarUrls: Partial<Record<TPlanPillar, string>>;
  pillarTimeoutMs: number;
  /** When supervision by results flags an agency or agent for inspection. */
  supervisionOutlierRule: TOutlierRule;
}

export function loadPublicServicesConfig(env: NodeJS.ProcessEnv = process.env): PublicServicesConfig {
  const e = ZPublicServicesEnv.parse(env);
  return { ...loadServiceConfig(PUBLIC_SERVICES_SERVICE, env), pillarUrls: e.PILLAR_URLS, pillarTimeoutMs: e.PILLAR_TIMEOUT_MS, supervisionOutlierRule: e.SUPERVISION_OUTLIER_RULE };
}

export const PUBLIC_SERVICES_CONFIG = Symbol('PUBLIC_SERVICES_CONFIG');
