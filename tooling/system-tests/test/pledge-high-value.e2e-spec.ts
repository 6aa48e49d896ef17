import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createDatabase } from '@ipbureau/dev-stack';
import { createAppModule as createCreationModule } from '@ipbureau/creation-api/app';
import { createAppModule as createUtilizationModule } from '@ipbureau/utilization-api/app';
import { call } from './harness.js';

// The cross-pillar fact the high-value rule needs: a patent pledged at utilization-api is
// "pledged for financing" at creation-api, through pledge.registered / pledge.released on the
// event transport — never through the other pillar's tables.
let database: { url: string; drop: () => Promise<void> };
let tokens: TestTokenIssuer;
let creation: TestService;
let utilization: TestService;
let creationOfficer: string;
let utilizationOfficer: string;
let utilizationApprover: string;

beforeAll(async () => {
  const adminUrl = inject('databaseUrl');
  database = await createDatabase(adminUrl);
  tokens = await TestTokenIssuer.start();
  const env = { PLATFORM_JWKS_URL: tokens.jwksUrl };
  creation = await startTestService({ adminUrl, databaseUrl: database.url, identity: { service: 'creation', schema: 'creation', defaultPort: 0 }, createModule: createCreationModule, env });
  utilization = await startTestService({ adminUrl, databaseUrl: database.url, identity: { service: 'utilization', schema: 'utilization', defaultPort: 0 }, createModule: createUtilizationModule, env });
  [creationOfficer, utilizationOfficer, utilizationApprover] = await Promise.all([
    tokens.mint(['creation:officer']),
    tokens.mint(['utilization:officer']),
    tokens.mint(['utilization:approver']),
  ]);
});
afterAll(async () => {
  await utilization?.close();
  await creation?.close();
  await database?.drop();
  await tokens?.close();
});

async function pledgedCriterion(patentId: string, asOf: string): Promise<boolean | undefined> {
  const res = await call(creation.baseUrl, 'GET', `/patents/${patentId}/high-value?asOf=${asOf}`, creationOfficer);
  expect(res.status).toBe(200);
  return (res.body.criteria as { code: string; held: boolean }[]).find((c) => c.code === 'pledged')?.held;
}

async function eventually(probe: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + 15_000;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error('timed out waiting for the event to be applied');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('a pledge at utilization makes a patent pledged at creation', () => {
  it('holds the pledged criterion from the registration date until the release date', async () => {
    const filed = await call(creation.baseUrl, 'POST', '/patents', creationOfficer, {
      applicationNumber: '201710601862.3',
      title: '一种玩具积木的连接结构',
      applicantName: '汕头市澄海区某玩具有限公司',
      district: '440515',
      filingDate: '2017-07-20',
    });
    expect(filed.status).toBe(201);
    const granted = await call(creation.baseUrl, 'POST', `/patents/${String(filed.body.id)}/transitions`, creationOfficer, { action: 'grant', effectiveDate: '2019-04-02', version: filed.body.version });
    expect(granted.status).toBe(200);
    const patentId = String(filed.body.id);
    expect(await pledgedCriterion(patentId, '2024-06-01')).toBe(false);

    const applied = await call(utilization.baseUrl, 'POST', '/pledges', utilizationOfficer, {
      pledgorName: '汕头市澄海区某玩具有限公司',
      pledgorCreditCode: '91350100M000100Y43',
      rightKind: 'patent',
      rightNumber: 'ZL201710601862.3',
      lenderName: '中国银行汕头分行',
      lenderCreditCode: '914405001923045683',
      loanAmount: '3000000.00',
      applicationDate: '2024-05-10',
      district: '440515',
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const registered = await call(utilization.baseUrl, 'POST', `/pledges/${String(applied.body.id)}/transitions`, utilizationOfficer, {
      action: 'register',
      effectiveDate: '2024-05-20',
      registrationNumber: 'Y2024440500001',
      version: applied.body.version,
    });
    expect(registered.status).toBe(201);

    await eventually(async () => (await pledgedCriterion(patentId, '2024-06-01')) === true);
    expect(await pledgedCriterion(patentId, '2024-05-19')).toBe(false);

    const released = await call(utilization.baseUrl, 'POST', `/pledges/${String(applied.body.id)}/transitions`, utilizationApprover, {
      action: 'release',
      effectiveDate: '2025-01-10',
      version: registered.body.version,
    });
    expect(released.status).toBe(201);
    await eventually(async () => (await pledgedCriterion(patentId, '2025-02-01')) === false);
    expect(await pledgedCriterion(patentId, '2024-12-31')).toBe(true);
  });
});

describe('a national award recorded at utilization makes the patent high-value at creation', () => {
  it('adds the award to the patent and holds the award criterion, once however often it is delivered', async () => {
    const filed = await call(creation.baseUrl, 'POST', '/patents', creationOfficer, {
      applicationNumber: '201810248931.1',
      title: '一种牛肉丸成型设备',
      applicantName: '汕头市某食品机械有限公司',
      district: '440507',
      filingDate: '2018-03-26',
    });
    expect(filed.status).toBe(201);
    const patentId = String(filed.body.id);
    const granted = await call(creation.baseUrl, 'POST', `/patents/${patentId}/transitions`, creationOfficer, { action: 'grant', effectiveDate: '2020-08-04', version: filed.body.version });
    expect(granted.status).toBe(200);
    const awardHeld = async () => {
      const res = await call(creation.baseUrl, 'GET', `/patents/${patentId}/high-value?asOf=2024-12-31`, creationOfficer);
      return (res.body.criteria as { code: string; held: boolean }[]).find((c) => c.code === 'award')?.held;
    };
    expect(await awardHeld()).toBe(false);

    const award = await call(utilization.baseUrl, 'POST', '/awards', utilizationOfficer, {
      kind: 'patent_award',
      level: 'national',
      year: 2023,
      grade: 'excellence',
      awardName: '第二十四届中国专利奖',
      patentNumber: 'ZL201810248931.1',
      patentTitle: '一种牛肉丸成型设备',
      holderName: '汕头市某食品机械有限公司',
      district: '440507',
    });
    expect(award.status, JSON.stringify(award.body)).toBe(201);

    await eventually(async () => (await awardHeld()) === true);
    const detail = await call(creation.baseUrl, 'GET', `/patents/${patentId}`, creationOfficer);
    expect(detail.body.awards).toEqual([expect.objectContaining({ kind: 'patent_award', level: 'national', year: 2023, grade: 'excellence' })]);
  });
});
