import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { createProbeModule } from './probe.module.js';
import { routeAccessReport, startTestService, TestTokenIssuer, type TestService } from '../src/testing/index.js';

import type { TErrorBody } from '@ipbureau/domain';

let service: TestService;
let issuer: TestTokenIssuer;

beforeAll(async () => {
  issuer = await TestTokenIssuer.start();
  service = await startTestService({
    adminUrl: inject('databaseUrl'),
    identity: { service: 'creation', schema: 'creation', defaultPort: 0 },
    createModule: createProbeModule,
    env: { PLATFORM_JWKS_URL: issuer.jwksUrl },
  });
});
afterAll(async () => {
  await service?.close();
  await issuer?.close();
});

const post = (token: string, body: unknown, lang = 'en') =>
  fetch(`${service.baseUrl}/notes`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': lang }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function count(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: service.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(sql);
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('the service kit over real HTTP and PostgreSQL', () => {
  it('answers health with the database up', async () => {
    const res = await fetch(`${service.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', service: 'creation', database: 'up' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves OpenAPI with the zod contract of a body', async () => {
    const doc = (await (await fetch(`${service.baseUrl}/docs-json`)).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }>> };
    const schema = doc.paths['/api/creation/notes']?.post?.requestBody?.content['application/json']?.schema;
    expect(schema?.required).toEqual(['title', 'due', 'regionCode']);
    expect((await fetch(`${service.baseUrl}/docs`)).status).toBe(200);
  });

  it('refuses a request without a token, and a tampered or expired one, with 401', async () => {
    expect((await fetch(`${service.baseUrl}/notes`)).status).toBe(401);
    const good = await issuer.mint(['creation:viewer']);
    const tampered = good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const bad = await fetch(`${service.baseUrl}/notes`, { headers: { authorization: `Bearer ${tampered}` } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '令牌无效' });
    const expired = await issuer.mint(['creation:viewer'], {}, -60);
    const old = await fetch(`${service.baseUrl}/notes`, { headers: { authorization: `Bearer ${expired}` } });
    expect(old.status).toBe(401);
    expect(((await old.json()) as TErrorBody).message).toContain('过期');
    expect((await fetch(`${service.baseUrl}/notes`, { headers: { authorization: `Bearer ${good}` } })).status).toBe(200);
  });

  it('gives a viewer 403 on a write and writes nothing', async () => {
    const res = await post(await issuer.mint(['creation:viewer']), { title: 'x', due: '2025-12-31', regionCode: '440507' });
    expect(res.status).toBe(403);
    expect(await count('SELECT count(*) AS n FROM creation.notes')).toBe(0);
  });

  it('refuses a route that declares no access rule, and the report names it', async () => {
    const token = await issuer.mint(['creation:approver']);
    expect((await fetch(`${service.baseUrl}/notes/forgotten`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(403);
    const undeclared = routeAccessReport(service.app).filter((r) => !r.declared).map((r) => r.route);
    expect(undeclared).toEqual(['GET /notes/forgotten']);
  });

  it('rejects bad bodies with 400 naming each field, in the requested language, and writes nothing', async () => {
    const token = await issuer.mint(['creation:officer']);
    const res = await post(token, { title: 42, due: '2025-02-30', regionCode: '440507', extra: 1 });
    expect(res.status).toBe(400);
    const body = (await res.json()) as TErrorBody;
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues?.map((i) => i.path).sort()).toEqual(['due', 'extra', 'title']);
    expect(body.message).toMatch(/^Invalid request: /);
    const zh = (await (await post(token, { title: '', due: '2025-01-01', regionCode: '440507' }, 'zh-CN')).json()) as TErrorBody;
    expect(zh.message).toMatch(/^请求参数有误：title/);
    const malformed = await post(token, '{"title": ');
    expect(malformed.status).toBe(400);
    expect(await count('SELECT count(*) AS n FROM creation.notes')).toBe(0);
  });

  it('writes the record and exactly one audit entry in the same transaction', async () => {
    const token = await issuer.mint(['creation:officer'], { name: '王科员' });
    const res = await post(token, { title: 'first', due: '2025-12-31', regionCode: '440507' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await count(`SELECT count(*) AS n FROM audit.events WHERE entity = 'note' AND entity_id = '${id}' AND actor_name = '王科员'`)).toBe(1);
  });

  it('runs as a role that cannot change the audit trail or read another schema', async () => {
    const client = new pg.Client({ connectionString: service.databaseUrl, options: '-c role=ipb_creation' });
    await client.connect();
    try {
      await expect(client.query(`UPDATE audit.events SET actor_name = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`DELETE FROM audit.events`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`INSERT INTO audit.events (chain, chain_seq, at, service, entity, entity_id, action, prev_hash, hash) VALUES ('x', 1, now(), 'x', 'x', 'x', 'x', 'x', 'x')`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`CREATE TABLE platform.intruder (id int)`)).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });
});
