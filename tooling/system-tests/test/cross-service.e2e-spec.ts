import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { AlertScanner } from '@ipbureau/nest-kit';
import { startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createDatabase } from '@ipbureau/dev-stack';
import type { TErrorBody, TRole } from '@ipbureau/domain';
import { call, signIn as signInAt, userWith as userAt, type Json } from './harness.js';
import { createAppModule as createPlatformModule } from '@ipbureau/platform-api/app';
import { loadPlatformConfig, PLATFORM_IDENTITY } from '@ipbureau/platform-api/config';
import { createAppModule as createCreationModule } from '@ipbureau/creation-api/app';

// platform-api and creation-api as they run in production: one database, two schemas, tokens
// issued by one and verified by the other through the published public keys.
const ADMIN_PASSWORD = 'System-Test-2025!';
let database: { url: string; drop: () => Promise<void> };
let platform: TestService;
let creation: TestService;

const signIn = (username: string, password: string) => signInAt(platform.baseUrl, username, password);
const userWith = (roles: TRole[]) => userAt(platform.baseUrl, ADMIN_PASSWORD, roles);

const patent = (applicationNumber: string) => ({
  applicationNumber,
  title: '一种玩具积木的连接结构',
  applicantName: '汕头市澄海区某玩具有限公司',
  district: '440515',
  filingDate: '2017-07-20',
});

async function countPatents(): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM creation.patents')).rows[0]?.n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const adminUrl = inject('databaseUrl');
  database = await createDatabase(adminUrl);
  platform = await startTestService({
    adminUrl,
    databaseUrl: database.url,
    identity: PLATFORM_IDENTITY,
    createModule: (base) => createPlatformModule({ ...loadPlatformConfig({ DATABASE_URL: base.databaseUrl, IPB_ADMIN_PASSWORD: ADMIN_PASSWORD }), ...base }),
  });
  creation = await startTestService({
    adminUrl,
    databaseUrl: database.url,
    identity: { service: 'creation', schema: 'creation', defaultPort: 0 },
    createModule: createCreationModule,
    env: { PLATFORM_JWKS_URL: `${platform.baseUrl}/auth/jwks` },
  });
});
afterAll(async () => {
  await creation?.close();
  await platform?.close();
  await database?.drop();
});

describe('tokens across services', () => {
  it('accepts at creation-api a token issued by platform-api', async () => {
    const token = await userWith(['creation:officer']);
    const res = await call(creation.baseUrl, 'POST', '/patents', token, patent('201710601862.3'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ applicationNumber: '201710601862.3', patentType: 'invention' });
  });

  it('refuses at creation-api a tampered token with 401', async () => {
    const token = await userWith(['creation:officer']);
    // Flip the role claim inside the payload; the signature no longer matches.
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Json;
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['creation:approver'] })).toString('base64url');
    const res = await call(creation.baseUrl, 'GET', '/patents', `${header}.${forged}.${signature}`);
    expect(res.status).toBe(401);
    expect((res.body as TErrorBody).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a well-formed token signed by any key platform-api does not hold', async () => {
    const impostor = await TestTokenIssuer.start();
    try {
      const res = await call(creation.baseUrl, 'GET', '/patents', await impostor.mint(['creation:approver']));
      expect(res.status).toBe(401);
    } finally {
      await impostor.close();
    }
  });

  it('gives a viewer from platform-api 403 on a creation write and writes nothing', async () => {
    const before = await countPatents();
    const admin = await signIn('admin', ADMIN_PASSWORD); // system-admin + creation:viewer
    const res = await call(creation.baseUrl, 'POST', '/patents', admin.accessToken, patent('201710601863.8'));
    expect(res.status).toBe(403);
    expect(await countPatents()).toBe(before);
  });
});

describe('the audit trail across services', () => {
  it('shows the auditor, through platform-api, the entry creation-api wrote, and the chains verify', async () => {
    const officer = await userWith(['creation:officer']);
    const created = await call(creation.baseUrl, 'POST', '/patents', officer, patent('201710601864.2'));
    expect(created.status).toBe(201);
    const auditor = await userWith(['auditor']);
    const events = await call(platform.baseUrl, 'GET', `/audit/events?service=creation&entityId=${String(created.body.id)}`, auditor);
    expect(events.status).toBe(200);
    expect(events.body.total).toBe(1);
    expect((events.body.items as Json[])[0]).toMatchObject({ action: 'create', entity: 'patent', service: 'creation' });
    const verify = await call(platform.baseUrl, 'GET', '/audit/verify', auditor);
    expect(verify.body).toMatchObject({ valid: true });
  });
});

describe('alerts across services', () => {
  it('brings an alert creation-api raises to the bell of the officers platform-api knows', async () => {
    const officer = await userWith(['creation:officer']);
    const bystander = await userWith(['utilization:officer']);
    const filed = await call(creation.baseUrl, 'POST', '/patents', officer, { ...patent('201710601865.7'), filingDate: '2017-08-01' });
    const granted = await call(creation.baseUrl, 'POST', `/patents/${String(filed.body.id)}/transitions`, officer, { action: 'grant', effectiveDate: '2020-05-06', version: filed.body.version });
    expect(granted.status).toBe(200);
    const paid = await call(creation.baseUrl, 'PATCH', `/patents/${String(filed.body.id)}`, officer, { annualFeePaidUntil: '2026-07-31', version: granted.body.version });
    expect(paid.status).toBe(200);

    await creation.app.get(AlertScanner).runOnce('2026-07-01');

    const deadline = Date.now() + 15_000;
    let inbox = await call(platform.baseUrl, 'GET', '/me/notifications', officer);
    while ((inbox.body.total as number) === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      inbox = await call(platform.baseUrl, 'GET', '/me/notifications', officer);
    }
    expect(inbox.body.total).toBe(1);
    expect((inbox.body.items as Json[])[0]).toMatchObject({ kind: 'patent.annual_fee_due', source: 'creation', dueDate: '2026-07-31', link: `/creation/patents/${String(filed.body.id)}` });
    expect((await call(platform.baseUrl, 'GET', '/me/notifications/summary', officer)).body).toEqual({ unread: 1 });
    expect((await call(platform.baseUrl, 'GET', '/me/notifications/summary', bystander)).body).toEqual({ unread: 0 });
  });
});
