import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createDatabase } from '@ipbureau/dev-stack';
import { creditCodeCheckChar, patentCheckDigit } from '@ipbureau/domain';
import type { TSupervisionResults } from '@ipbureau/domain/public-services';
import type { TBlacklistCheck } from '@ipbureau/domain/protection';
import { createAppModule as createCreationModule } from '@ipbureau/creation-api/app';
import { createAppModule as createProtectionModule } from '@ipbureau/protection-api/app';
import { createAppModule as createPublicServicesModule } from '@ipbureau/public-services-api/app';
import { call, type Json } from './harness.js';

// Agency supervision across three pillars on one database: public-services ranks agencies by
// the results creation-api reports for their applications (over HTTP), and a sanctioned agency
// reaches protection-api's blacklist through blacklist.referred — never through another
// pillar's tables.
const code = (first17: string) => first17 + creditCodeCheckChar(first17);
const applicationNumber = (first12: string) => `${first12}.${patentCheckDigit(first12)}`;
const todayInChina = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const AGENCY = { name: '汕头市鮀城专利代理事务所（普通合伙）', creditCode: code('91440507MA4UAG001') };

let database: { url: string; drop: () => Promise<void> };
let tokens: TestTokenIssuer;
let creation: TestService;
let protection: TestService;
let publicServices: TestService;
let creationOfficer: string;
let psOfficer: string;
let protectionApprover: string;
let supervisor: string;

beforeAll(async () => {
  const adminUrl = inject('databaseUrl');
  database = await createDatabase(adminUrl);
  tokens = await TestTokenIssuer.start();
  const env = { PLATFORM_JWKS_URL: tokens.jwksUrl };
  const start = (service: string, schema: string, createModule: (c: never) => never) =>
    startTestService({ adminUrl, databaseUrl: database.url, identity: { service, schema, defaultPort: 0 }, createModule: createModule as never, env });
  [creation, protection] = await Promise.all([start('creation', 'creation', createCreationModule as never), start('protection', 'protection', createProtectionModule as never)]);
  publicServices = await startTestService({
    adminUrl,
    databaseUrl: database.url,
    identity: { service: 'public-services', schema: 'public_services', defaultPort: 0 },
    createModule: (base) => createPublicServicesModule({ ...base, pillarUrls: { creation: creation.baseUrl, protection: protection.baseUrl }, pillarTimeoutMs: 5_000 }),
    env,
  });
  [creationOfficer, psOfficer, protectionApprover, supervisor] = await Promise.all([
    tokens.mint(['creation:officer']),
    tokens.mint(['public-services:officer']),
    tokens.mint(['protection:approver']),
    // The supervisor reads results that come from creation-api with their own token.
    tokens.mint(['public-services:viewer', 'creation:viewer']),
  ]);
});
afterAll(async () => {
  await publicServices?.close();
  await protection?.close();
  await creation?.close();
  await database?.drop();
  await tokens?.close();
});

async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting for the event to be applied');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('supervising a patent agency by its results and referring it to the blacklist', () => {
  let agencyId: string;

  it('ranks the agency by the grant results creation-api reports for its applications', async () => {
    const agency = await call(publicServices.baseUrl, 'POST', '/agencies', psOfficer, { ...AGENCY, kind: 'patent', licenceNumber: '44288', district: '440507', establishedDate: '2015-03-01' });
    expect(agency.status, JSON.stringify(agency.body)).toBe(201);
    agencyId = String(agency.body.id);

    const file = async (applicationNumber: string, filingDate: string): Promise<Json> => {
      const res = await call(creation.baseUrl, 'POST', '/patents', creationOfficer, {
        applicationNumber,
        title: '一种陶瓷釉料及其制备方法',
        applicantName: '汕头市某陶瓷有限公司',
        district: '440507',
        filingDate,
        agencyCreditCode: AGENCY.creditCode,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const granted = await file(applicationNumber('202310000001'), '2023-02-01');
    await file(applicationNumber('202310000002'), '2023-03-01');
    const step = await call(creation.baseUrl, 'POST', `/patents/${String(granted.id)}/transitions`, creationOfficer, { action: 'grant', effectiveDate: '2024-05-07', version: granted.version });
    expect(step.status, JSON.stringify(step.body)).toBe(200);

    const results = await call(publicServices.baseUrl, 'GET', '/supervision/results?from=2023-01-01&to=2024-12-31', supervisor);
    expect(results.status, JSON.stringify(results.body)).toBe(200);
    const row = (results.body as unknown as TSupervisionResults).agencies.find((a) => a.creditCode === AGENCY.creditCode);
    expect(row).toMatchObject({ agencyId, name: AGENCY.name, filed: 2, granted: 1, refusedOrWithdrawn: 0, flaggedAbnormal: 0, grantRate: 1, abnormalShare: 0 });
    // Before the grant date, creation's answer for the same window has nothing granted.
    const earlier = await call(publicServices.baseUrl, 'GET', '/supervision/results?from=2023-01-01&to=2024-05-06', supervisor);
    expect((earlier.body as unknown as TSupervisionResults).agencies.find((a) => a.creditCode === AGENCY.creditCode)).toMatchObject({ filed: 2, granted: 0, grantRate: null });
  });

  it('puts the agency on protection’s blacklist when its sanction is final, listed once published', async () => {
    const found = await call(publicServices.baseUrl, 'POST', '/supervision-records', psOfficer, {
      kind: 'violation',
      agencyId,
      violationKind: 'abnormal_applications',
      foundDate: '2025-03-12',
      description: '代理非正常专利申请 12 件',
      sanction: 'fine',
      fineAmount: '30000.00',
    });
    expect(found.status, JSON.stringify(found.body)).toBe(201);
    const closed = await call(publicServices.baseUrl, 'POST', `/supervision-records/${String(found.body.id)}/actions/close`, psOfficer, { version: found.body.version, date: '2025-04-01', note: '' });
    expect(closed.status, JSON.stringify(closed.body)).toBeLessThan(300);

    const entry = await eventually(async () => {
      const page = await call(protection.baseUrl, 'GET', `/credit/blacklist?q=${AGENCY.creditCode}`, protectionApprover);
      return (page.body.items as Json[] | undefined)?.[0];
    });
    expect(entry).toMatchObject({ creditCode: AGENCY.creditCode, name: AGENCY.name, source: 'referral', referralId: found.body.id, subjectKind: 'agency', status: 'pending' });
    const check = async (asOf: string) => (await call(protection.baseUrl, 'GET', `/credit/blacklist/check?creditCode=${AGENCY.creditCode}&asOf=${asOf}`, psOfficer)).body as unknown as TBlacklistCheck;
    // Pending until protection's approver publishes it: listed from the publication date on.
    const today = todayInChina();
    expect((await check(today)).listed).toBe(false);
    const published = await call(protection.baseUrl, 'POST', `/credit/blacklist/${String(entry.id)}/transitions`, protectionApprover, { action: 'publish', effectiveDate: today, version: entry.version });
    expect(published.status, JSON.stringify(published.body)).toBeLessThan(300);
    expect(await check(today)).toMatchObject({ listed: true, entry: { referralId: found.body.id } });
    expect((await check(dayBefore(today))).listed).toBe(false);
  });
});
