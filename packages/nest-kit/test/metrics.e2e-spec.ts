import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TErrorBody, TMetricDefinition, TMetricValue } from '@ipbureau/domain';
import { createProbeModule } from './probe.module.js';
import { startTestService, TestTokenIssuer, type TestService } from '../src/testing/index.js';

let service: TestService;
let issuer: TestTokenIssuer;
let token: string;

beforeAll(async () => {
  issuer = await TestTokenIssuer.start();
  service = await startTestService({
    adminUrl: inject('databaseUrl'),
    identity: { service: 'creation', schema: 'creation', defaultPort: 0 },
    createModule: createProbeModule,
    env: { PLATFORM_JWKS_URL: issuer.jwksUrl },
  });
  token = await issuer.mint(['creation:officer']);
  for (const [title, due, regionCode] of [
    ['a', '2020-06-30', '440507'],
    ['b', '2020-12-31', '440511'],
    ['c', '2021-03-01', '440507'],
    ['d', '2025-12-31', '440507'],
  ]) {
    const res = await fetch(`${service.baseUrl}/notes`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ title, due, regionCode }) });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await service?.close();
  await issuer?.close();
});

const get = async <T>(path: string) => {
  const res = await fetch(`${service.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' } });
  return { status: res.status, body: (await res.json()) as T };
};

describe('a pillar’s metric catalogue', () => {
  it('lists what it computes', async () => {
    const { status, body } = await get<TMetricDefinition[]>('/metrics');
    expect(status).toBe(200);
    expect(body.map((m) => m.key)).toEqual(['notes.due', 'notes.falling_due']);
  });

  it('computes a stock as of a date, for the region or one district', async () => {
    expect((await get<TMetricValue>('/metrics/notes.due?asOf=2020-12-31')).body).toMatchObject({ value: '2', asOf: '2020-12-31', from: null, regionCode: '440500', semantics: 'stock' });
    expect((await get<TMetricValue>('/metrics/notes.due?asOf=2025-12-31&district=440507')).body).toMatchObject({ value: '3', regionCode: '440507' });
  });

  it('computes a flow over an inclusive period', async () => {
    const { body } = await get<TMetricValue>('/metrics/notes.falling_due?from=2020-12-31&to=2025-12-31');
    expect(body).toMatchObject({ value: '3', from: '2020-12-31', to: '2025-12-31', asOf: null });
  });

  it('rejects a reversed period, a district on a metric without districts, or outside the region, with 400', async () => {
    const reversed = await get<TErrorBody>('/metrics/notes.falling_due?from=2025-01-01&to=2024-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.issues?.[0]?.path).toBe('from');
    expect((await get<TErrorBody>('/metrics/notes.falling_due?district=440507')).status).toBe(400);
    expect((await get<TErrorBody>('/metrics/notes.due?district=440305')).status).toBe(400);
    expect((await get<TErrorBody>('/metrics/notes.due?asOf=2025-02-30')).status).toBe(400);
  });

  it('answers 404 for an unknown metric and 401 without a token', async () => {
    expect((await get<TErrorBody>('/metrics/nothing.here')).status).toBe(404);
    expect((await fetch(`${service.baseUrl}/metrics`)).status).toBe(401);
  });
});
