import type { DynamicModule, INestApplication } from '@nestjs/common';
import { createDatabase } from '@ipbureau/dev-stack';
import { loadServiceConfig, type ServiceConfig } from '../config/service-config.js';
import { createServiceApp } from '../bootstrap.js';

export interface TestService {
  app: INestApplication;
  config: ServiceConfig;
  /** Origin the service listens on, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** `origin` + `/api/<service>` */
  baseUrl: string;
  databaseUrl: string;
  close: () => Promise<void>;
}

export interface TestServiceOptions {
  /** The server's administrator URL (from the test run's global setup). */
  adminUrl: string;
  /** Reuse this database instead of creating a fresh one (several services in one test). */
  databaseUrl?: string;
  identity: { service: string; schema: string; defaultPort: number };
  createModule: (config: ServiceConfig) => DynamicModule;
  env?: Record<string, string>;
}

/** Starts a real service over real HTTP on a fresh database of its own. */
export async function startTestService(options: TestServiceOptions): Promise<TestService> {
  const db = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createDatabase(options.adminUrl);
  const config = loadServiceConfig(options.identity, {
    DATABASE_URL: db.url,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DB_POOL_SIZE: '4',
    EVENT_POLL_SECONDS: '0.5',
    // Tests run scans themselves (AlertScanner.runOnce), at the date they choose.
    ALERT_SCAN_MINUTES: '0',
    ...options.env,
  });
  let app: INestApplication;
  try {
    app = await createServiceApp(options.createModule(config), config);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await db.drop();
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    app,
    config,
    origin,
    baseUrl: `${origin}/api/${config.service}`,
    databaseUrl: db.url,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
