import { z } from 'zod';
import { ZRegionCode } from '@ipbureau/domain';
import { ZPlanPillar } from '@ipbureau/domain/plans';

/**
 * A service's configuration, validated once at start. This module is the only reader of
 * `process.env` in a service; everything else receives a `ServiceConfig`.
 */
export const ZServiceEnv = z.object({
  DATABASE_URL: z.string().url(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where platform-api publishes its public keys; every other service verifies tokens with them. */
  PLATFORM_JWKS_URL: z.string().url().default('http://127.0.0.1:4101/api/platform/auth/jwks'),
  /** The region this deployment serves (a city bureau: 440500 Shantou). */
  REGION_CODE: ZRegionCode.default('440500'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Express `trust proxy`: set when a reverse proxy forwards the client address. */
  TRUST_PROXY: z.string().default('loopback'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** How often an idle consumer looks for new events (pg-boss polls; at least 0.5 s). */
  EVENT_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
  /** How often alert scans run (loans maturing, fees due…); 0 turns them off. */
  ALERT_SCAN_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(60),
});

export interface ServiceConfig {
  /** Service name, also its URL prefix: `/api/<service>`. */
  service: string;
  /** Its PostgreSQL schema; only this schema is read and written. */
  schema: string;
  databaseUrl: string;
  port: number;
  host: string;
  logLevel: z.infer<typeof ZServiceEnv>['LOG_LEVEL'];
  jwksUrl: string;
  regionCode: string;
  rateLimitPerMinute: number;
  trustProxy: string;
  dbPoolSize: number;
  eventPollSeconds: number;
  alertScanMinutes: number;
  version: string;
}

export function loadServiceConfig(
  identity: { service: string; schema: string; defaultPort: number; version?: string },
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfig {
  const parsed = ZServiceEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration for ${identity.service}-api:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    service: identity.service,
    schema: identity.schema,
    databaseUrl: e.DATABASE_URL,
    port: e.PORT ?? identity.defaultPort,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    jwksUrl: e.PLATFORM_JWKS_URL,
    regionCode: e.REGION_CODE,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    dbPoolSize: e.DB_POOL_SIZE,
    eventPollSeconds: e.EVENT_POLL_SECONDS,
    alertScanMinutes: e.ALERT_SCAN_MINUTES,
    version: identity.version ?? '0.1.0',
  };
}

/**
 * `PILLAR_URLS`: where a service that calls the pillars over HTTP finds each one, as JSON
 * `{"creation":"http://127.0.0.1:4102/api/creation", …}`; a pillar left out is "not configured".
 */
export const ZPillarUrls = z
  .string()
  .default('{}')
  .transform((raw, ctx) => {
    try {
      return z.partialRecord(ZPlanPillar, z.url()).parse(JSON.parse(raw));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'PILLAR_URLS must be JSON like {"creation":"http://127.0.0.1:4102/api/creation"}' });
      return z.NEVER;
    }
  });
