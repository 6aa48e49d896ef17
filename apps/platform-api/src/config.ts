import { z } from 'zod';
import { loadServiceConfig, type ServiceConfig } from '@ipbureau/nest-kit';

export const PLATFORM_IDENTITY = { service: 'platform', schema: 'platform', defaultPort: 4101 } as const;

const ZPlatformEnv = z.object({
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  /** A session ends after this long without a refresh (idle timeout). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  /** …and at the latest this long after sign-in, however active. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** Password of the first administrator; when unset, one is generated and printed once. */
  IPB_ADMIN_PASSWORD: z.string().optional(),
});

export interface PlatformConfig extends ServiceConfig {
  accessTokenTtlSeconds: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  adminPassword: string | undefined;
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
  };
}

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
