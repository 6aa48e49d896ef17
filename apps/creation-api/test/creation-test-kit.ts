import { expect, inject } from 'vitest';
import pg from 'pg';
import { creditCodeCheckChar, formatPatentApplicationNumber, type TPatentType } from '@ipbureau/domain';
import type { TPatentCreate, TPatentDetail, TTrademarkCreate, TTrademarkDetail } from '@ipbureau/domain/creation';
import { startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createAppModule } from '../src/app.module.js';
import { CREATION_SERVICE } from '../src/config.js';

export const LONGHU = '440507';
export const JINPING = '440511';
export const CHENGHAI = '440515';

/** One creation service on a fresh database, a token issuer, and the tokens most tests use. */
export interface CreationHarness {
  service: TestService;
  issuer: TestTokenIssuer;
  officer: string;
  viewer: string;
  db: pg.Pool;
  close(): Promise<void>;
}

export async function startCreation(): Promise<CreationHarness> {
  const issuer = await TestTokenIssuer.start();
  const service = await startTestService({ adminUrl: inject('databaseUrl'), identity: CREATION_SERVICE, createModule: createAppModule, env: { PLATFORM_JWKS_URL: issuer.jwksUrl } });
  const officer = await issuer.mint(['creation:officer'], { name: '陈科员' });
  const viewer = await issuer.mint(['creation:viewer']);
  const db = new pg.Pool({ connectionString: service.databaseUrl, max: 2 });
  return {
    service,
    issuer,
    officer,
    viewer,
    db,
    async close() {
      await db.end();
      await service.close();
      await issuer.close();
    },
  };
}

/** A JSON call as a client makes it, answers in English so messages can be asserted. */
export function call(baseUrl: string, token: string | null, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export async function json<T>(res: Response, status: number): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
}

export const issuePaths = async (res: Response) => ((await res.json()) as { issues?: { path: string }[] }).issues?.map((i) => i.path) ?? [];

// Factories: every record gets a fresh, valid number.
let serial = 0;
export function applicationNumber(type: TPatentType = 'invention', year = 2023): string {
  serial += 1;
  return formatPatentApplicationNumber({ format: '2004', year, type, serial: String(1_000_000 + serial) });
}
/** A fresh valid credit code each call. */
export function creditCode(): string {
  serial += 1;
  const first17 = `91440507MA4${String(serial).padStart(6, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}
export function patentInput(overrides: Partial<TPatentCreate> = {}): Record<string, unknown> {
  const year = overrides.filingDate ? Number(overrides.filingDate.slice(0, 4)) : 2023;
  return {
    applicationNumber: applicationNumber('invention', year),
    title: '一种潮汕牛肉丸的成型装置',
    applicantName: '汕头市某某食品有限公司',
    applicantCreditCode: creditCode(),
    district: LONGHU,
    filingDate: '2023-06-15',
    ...overrides,
  };
}
export function trademarkInput(overrides: Partial<TTrademarkCreate> = {}): Record<string, unknown> {
  serial += 1;
  return {
    registrationNumber: String(30_000_000 + serial),
    niceClasses: [29, 30],
    holderName: '汕头市某某食品有限公司',
    holderCreditCode: creditCode(),
    district: LONGHU,
    kind: 'ordinary',
    registrationDate: '2020-05-14',
    ...overrides,
  };
}

/** Write helpers bound to one harness. */
export function writers(h: CreationHarness) {
  const base = h.service.baseUrl;
  return {
    registerPatent: async (body: Record<string, unknown>) => json<TPatentDetail>(await call(base, h.officer, 'POST', '/patents', body), 201),
    transitionPatent: (id: string, body: Record<string, unknown>, token = h.officer) => call(base, token, 'POST', `/patents/${id}/transitions`, body),
    registerTrademark: async (body: Record<string, unknown>) => json<TTrademarkDetail>(await call(base, h.officer, 'POST', '/trademarks', body), 201),
    transitionTrademark: (id: string, body: Record<string, unknown>, token = h.officer) => call(base, token, 'POST', `/trademarks/${id}/transitions`, body),
  };
}
