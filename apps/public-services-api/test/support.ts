import { expect, inject } from 'vitest';
import pg from 'pg';
import { creditCodeCheckChar } from '@ipbureau/domain';
import { DEFAULT_OUTLIER_RULE, type TAgency, type TAgencyCreate, type TAgentCreate, type TAgentDetail } from '@ipbureau/domain/public-services';
import type { ServiceConfig } from '@ipbureau/nest-kit';
import { startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createAppModule } from '../src/app.module.js';
import { PUBLIC_SERVICES_SERVICE, type PublicServicesConfig } from '../src/config.js';

export const LONGHU = '440507';
export const NANAO = '440523';

/** One public-services service on its own database, a token issuer, and a direct database pool. */
export interface Harness {
  service: TestService;
  jwks: TestTokenIssuer;
  database: pg.Pool;
  officer: string;
  viewer: string;
  close(): Promise<void>;
}

/** `config`: what this pillar's own configuration adds (the other pillars' URLs, the outlier rule). */
export async function startHarness(config: Partial<Omit<PublicServicesConfig, keyof ServiceConfig>> = {}): Promise<Harness> {
  const jwks = await TestTokenIssuer.start();
  const service = await startTestService({
    adminUrl: inject('databaseUrl'),
    identity: PUBLIC_SERVICES_SERVICE,
    createModule: (base) => createAppModule({ pillarUrls: {}, pillarTimeoutMs: 5_000, supervisionOutlierRule: DEFAULT_OUTLIER_RULE, ...base, ...config }),
    env: { PLATFORM_JWKS_URL: jwks.jwksUrl },
  });
  const database = new pg.Pool({ connectionString: service.databaseUrl, max: 2 });
  return {
    service,
    jwks,
    database,
    officer: await jwks.mint(['public-services:officer'], { name: '黄监管' }),
    viewer: await jwks.mint(['public-services:viewer']),
    async close() {
      await database.end();
      await service.close();
      await jwks.close();
    },
  };
}

type Method = 'GET' | 'POST' | 'PATCH';

/** Calls the service; a body without a method is a POST. */
export function caller(h: () => Harness) {
  return (path: string, init: { token?: string; body?: unknown; method?: Method } = {}) =>
    fetch(`${h().service.baseUrl}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
}

/** Expects a status and returns the body. */
export async function expectOk<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(status);
  return (await r.json()) as T;
}

export const failingFields = async (res: Response) => ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort();

let made = 0;
/** An agency with a credit code of its own (valid check character) and a licence. */
export function agencyInput(overrides: Partial<TAgencyCreate> = {}): TAgencyCreate {
  made += 1;
  const first17 = `91440507MA6${String(made).padStart(6, '0')}`;
  return {
    name: `汕头市第${made}专利代理事务所`,
    creditCode: first17 + creditCodeCheckChar(first17),
    kind: 'patent',
    licenceNumber: `44${String(600 + made).padStart(3, '0')}`,
    district: LONGHU,
    establishedDate: '2010-01-01',
    ...overrides,
  };
}

let agentsMade = 0;
export function agentInput(agencyId: string, overrides: Partial<TAgentCreate> = {}): TAgentCreate {
  agentsMade += 1;
  return { name: `代理师${agentsMade}`, licenceNumber: `1144${String(agentsMade).padStart(6, '0')}`, agencyId, practiceStartDate: '2018-03-01', ...overrides };
}

/** Factories that go through the API as the officer. */
export function factories(h: () => Harness) {
  const api = caller(h);
  return {
    agency: (overrides: Partial<TAgencyCreate> = {}) => expectOk<TAgency>(api('/agencies', { token: h().officer, body: agencyInput(overrides) }), 201),
    agent: (agencyId: string, overrides: Partial<TAgentCreate> = {}) => expectOk<TAgentDetail>(api('/agents', { token: h().officer, body: agentInput(agencyId, overrides) }), 201),
  };
}

export async function count(h: Harness, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await h.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return rows[0]?.n ?? -1;
}
