import { z } from 'zod';
import type { TPlanPillar } from '@ipbureau/domain/plans';
import { loadServiceConfig, type ServiceConfig, ZPillarUrls } from '@ipbureau/nest-kit';

export const PLATFORM_IDENTITY = { service: 'platform', schema: 'platform', defaultPort: 4101 } as const;

const ZPlatformEnv = z.object({
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  /** A session ends after this long without a refresh (idle timeout). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  /** …and at the latest this long after sign-in, however active. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** Password of the first administrator; when unset, one is generated and printed once. */
  IPB_ADMIN_PASSWORD: z.string().optional(),
  /**
   * Base URL of each pillar service the plan layer reads metrics from, as JSON:
   * {"creation":"http://127.0.0.1:4102/api/creation", …}. A pillar missing here makes its
   * indicators unavailable; the stack passes every pillar.
   */
  PILLAR_URLS: ZPillarUrls,
  /** How long computed plan progress is served from the cache before it is recomputed. */
  PLAN_PROGRESS_TTL_SECONDS: z.coerce.number().int().min(0).max(7 * 24 * 3600).default(600),
  /** How long the plan layer waits for one pillar metric before marking the indicator unavailable. */
  PLAN_METRIC_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  /** Load the 14th plan and the population from the committed seed files on an empty database. */
  PLAN_SEED: z.enum(['true', 'false']).default('true'),
});

export interface PlatformConfig extends ServiceConfig {
  accessTokenTtlSeconds: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  adminPassword: string | undefined;
  /** Pillar → base URL (`…/api/<service>`) of its metric endpoints. */
  pillarUrls: Partial<Record<TPlanPillar, string>>;
  planProgressTtlSeconds: number;
  planMetricTimeoutMs: number;
  planSeed: boolean;
}

export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const base = loadServiceConfig(PLATFORM_IDENTITY, env);
  const e = ZPlatformEnv.parse(env);
  return {
    ...base,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    adminPassword: e.IPB_ADMIN_PASSWORD,
    pillarUrls: e.PILLAR_URLS,
    planProgressTtlSeconds: e.PLAN_PROGRESS_TTL_SECONDS,
    planMetricTimeoutMs: e.PLAN_METRIC_TIMEOUT_MS,
    planSeed: e.PLAN_SEED === 'true',
  };
}

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
