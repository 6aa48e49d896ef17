import { expect, inject } from 'vitest';
import pg from 'pg';
import type { TCaseCreateInput, TCaseDetail, TCaseTransitionInput } from '@ipbureau/domain/protection';
import { startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createAppModule } from '../src/app.module.js';
import { PROTECTION_SERVICE } from '../src/config.js';

export const JINPING = '440511';
export const CHAONAN = '440514';
/** A respondent enterprise with a valid unified social credit code. */
export const RESPONDENT = { kind: 'organization', role: 'respondent', name: '汕头市某玩具有限公司', creditCode: '91440500MA4UJ7XK2N' } as const;

export interface Protection {
  service: TestService;
  issuer: TestTokenIssuer;
  pool: pg.Pool;
  officer: string;
  approver: string;
  viewer: string;
}

/** One protection service on a fresh database, a token issuer and an officer, an approver and a viewer. */
export async function startProtection(): Promise<Protection> {
  const issuer = await TestTokenIssuer.start();
  const service = await startTestService({ adminUrl: inject('databaseUrl'), identity: PROTECTION_SERVICE, createModule: createAppModule, env: { PLATFORM_JWKS_URL: issuer.jwksUrl } });
  return {
    service,
    issuer,
    pool: new pg.Pool({ connectionString: service.databaseUrl, max: 2 }),
    officer: await issuer.mint(['protection:officer'], { name: '郑执法' }),
    approver: await issuer.mint(['protection:approver'], { name: '林科长' }),
    viewer: await issuer.mint(['protection:viewer']),
  };
}

export async function stopProtection(p: Protection | undefined): Promise<void> {
  await p?.pool.end();
  await p?.service.close();
  await p?.issuer.close();
}

export function caller(p: () => Protection) {
  return (token: string | null, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    return fetch(`${p().service.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
}

// Case numbers the way the bureau writes them: 汕市监知案〔year〕n号, a fresh n for every case.
let caseSeq = 100;
export const caseNumber = (year = 2025) => `汕市监知案〔${year}〕${++caseSeq}号`;
export const aCase = (overrides: Partial<TCaseCreateInput> = {}): TCaseCreateInput => ({
  caseNumber: caseNumber(),
  kind: 'trademark_infringement',
  source: 'complaint',
  title: '涉嫌销售侵犯注册商标专用权的玩具案',
  district: JINPING,
  registeredDate: '2025-03-18',
  parties: [RESPONDENT],
  ...overrides,
});

export async function registerCase(p: Protection, input: TCaseCreateInput, token = p.officer): Promise<TCaseDetail> {
  const res = await caller(() => p)(token, 'POST', '/cases', input);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as TCaseDetail;
}

/** Takes one step, expecting it to succeed, and returns the case after it. */
/** A transition body without the version, which `step` fills in from the case read. */
export type StepBody = TCaseTransitionInput extends infer T ? (T extends unknown ? Omit<T, 'version'> : never) : never;

export async function step(p: Protection, token: string, c: { id: string; version: number }, body: StepBody): Promise<TCaseDetail> {
  const res = await caller(() => p)(token, 'POST', `/cases/${c.id}/transitions`, { ...body, version: c.version });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as TCaseDetail;
}

export const issuePaths = async (res: Response) => ((await res.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path).sort();
