import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createDatabase } from '@ipbureau/dev-stack';
import { creditCodeCheckChar, patentCheckDigit } from '@ipbureau/domain';
import type { TOrganizationProfile, TOrganizationSearchResult, TProfileSection } from '@ipbureau/domain/public-services';
import { createAppModule as createCreationModule } from '@ipbureau/creation-api/app';
import { createAppModule as createUtilizationModule } from '@ipbureau/utilization-api/app';
import { createAppModule as createProtectionModule } from '@ipbureau/protection-api/app';
import { createAppModule as createPublicServicesModule } from '@ipbureau/public-services-api/app';
import { call, type Json } from './harness.js';

// The organization profile and the unified search of public-services-api, against the real
// creation, utilization and protection services on one database: every section is read
// through the pillar's HTTP API with the caller's token, never through its tables.
const code = (first17: string) => first17 + creditCodeCheckChar(first17);
const XINGHUI = { name: '汕头市澄海区星辉玩具有限公司', creditCode: code('91440515MA4UXH001') };
const OTHER = { name: '汕头市龙湖区海滨纺织有限公司', creditCode: code('91440507MA4UHB002') };

let database: { url: string; drop: () => Promise<void> };
let tokens: TestTokenIssuer;
let creation: TestService;
let utilization: TestService;
let protection: TestService;
let publicServices: TestService;
let everyViewer: string;
let officers: Record<'creation' | 'utilization' | 'protection' | 'public-services', string>;
let creationApprover: string;

const start = (adminUrl: string, service: string, schema: string, createModule: (c: never) => never, env: Record<string, string>) =>
  startTestService({ adminUrl, databaseUrl: database.url, identity: { service, schema, defaultPort: 0 }, createModule: createModule as never, env });

beforeAll(async () => {
  const adminUrl = inject('databaseUrl');
  database = await createDatabase(adminUrl);
  tokens = await TestTokenIssuer.start();
  const env = { PLATFORM_JWKS_URL: tokens.jwksUrl };
  [creation, utilization, protection] = await Promise.all([
    start(adminUrl, 'creation', 'creation', createCreationModule as never, env),
    start(adminUrl, 'utilization', 'utilization', createUtilizationModule as never, env),
    start(adminUrl, 'protection', 'protection', createProtectionModule as never, env),
  ]);
  const pillarUrls = { creation: creation.baseUrl, utilization: utilization.baseUrl, protection: protection.baseUrl };
  publicServices = await startTestService({
    adminUrl,
    databaseUrl: database.url,
    identity: { service: 'public-services', schema: 'public_services', defaultPort: 0 },
    createModule: (base) => createPublicServicesModule({ ...base, pillarUrls, pillarTimeoutMs: 3_000 }),
    env,
  });
  everyViewer = await tokens.mint(['creation:viewer', 'utilization:viewer', 'protection:viewer', 'public-services:viewer']);
  officers = {
    creation: await tokens.mint(['creation:officer']),
    utilization: await tokens.mint(['utilization:officer']),
    protection: await tokens.mint(['protection:officer']),
    'public-services': await tokens.mint(['public-services:officer']),
  };
  creationApprover = await tokens.mint(['creation:approver']);
  await seed();
});
afterAll(async () => {
  await publicServices?.close();
  await protection?.close();
  await utilization?.close();
  await creation?.close();
  await database?.drop();
  await tokens?.close();
});

async function created(base: string, path: string, token: string, body: Json): Promise<Json> {
  const res = await call(base, 'POST', path, token, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** 星辉 holds two patents, a trademark, a pledge and a case; the other organization one of each, which its profile must not show. */
async function seed() {
  await created(creation.baseUrl, '/enterprises', officers.creation, { ...XINGHUI, district: '440515', industry: '玩具创意' });
  for (const [n, org] of [
    ['201710601862', XINGHUI],
    ['201820001234', XINGHUI],
    ['201910009876', OTHER],
  ] as const) {
    const applicationNumber = `${n}.${patentCheckDigit(n)}`;
    await created(creation.baseUrl, '/patents', officers.creation, {
      applicationNumber,
      title: `一种玩具积木的连接结构${n.slice(-3)}`,
      applicantName: org.name,
      applicantCreditCode: org.creditCode,
      district: '440515',
      filingDate: `${n.slice(0, 4)}-07-20`,
    });
  }
  await created(creation.baseUrl, '/trademarks', officers.creation, {
    registrationNumber: '12345678',
    niceClasses: [28],
    holderName: XINGHUI.name,
    holderCreditCode: XINGHUI.creditCode,
    district: '440515',
    kind: 'ordinary',
    registrationDate: '2016-05-07',
  });
  await created(creation.baseUrl, '/trademarks', officers.creation, {
    registrationNumber: '22345678',
    niceClasses: [24],
    holderName: OTHER.name,
    holderCreditCode: OTHER.creditCode,
    district: '440507',
    kind: 'ordinary',
    registrationDate: '2017-05-07',
  });
  for (const org of [XINGHUI, OTHER]) {
    await created(utilization.baseUrl, '/pledges', officers.utilization, {
      pledgorName: org.name,
      pledgorCreditCode: org.creditCode,
      rightKind: 'patent',
      rightNumber: org === XINGHUI ? 'ZL201710601862.3' : `ZL201910009876.${patentCheckDigit('201910009876')}`,
      lenderName: '中国银行汕头分行',
      lenderCreditCode: '914405001923045683',
      loanAmount: '3000000.00',
      applicationDate: '2024-05-10',
      district: '440515',
    });
    await created(protection.baseUrl, '/cases', officers.protection, {
      caseNumber: `汕市监知案〔2025〕${org === XINGHUI ? 12 : 13}号`,
      kind: 'trademark_infringement',
      source: 'complaint',
      title: '涉嫌销售侵犯注册商标专用权商品案',
      district: '440515',
      registeredDate: '2025-03-01',
      parties: [{ kind: 'organization', role: 'respondent', name: org.name, creditCode: org.creditCode }],
    });
  }
  // Subsidies: a PCT filing subsidy of each organization's first patent (creation), and a premium
  // subsidy of 星辉's IP insurance (utilization).
  await created(creation.baseUrl, '/subsidy-rules', creationApprover, { patentType: 'invention', kind: 'pct_filing', amount: '20000.00', effectiveFrom: '2015-01-01' });
  for (const [n, org] of [
    ['201710601862', XINGHUI],
    ['201910009876', OTHER],
  ] as const) {
    await created(creation.baseUrl, '/subsidies', officers.creation, { creditCode: org.creditCode, entityName: org.name, applicationNumber: `${n}.${patentCheckDigit(n)}`, kind: 'pct_filing', applicationDate: '2020-03-01' });
  }
  const policy = await created(utilization.baseUrl, '/insurance-policies', officers.utilization, {
    kind: 'patent_enforcement',
    policyNumber: 'PICC00000001',
    insurerName: '中国人民财产保险股份有限公司汕头市分公司',
    insuredName: XINGHUI.name,
    insuredCreditCode: XINGHUI.creditCode,
    insuredSum: '500000.00',
    premium: '10000.00',
    premiumSubsidy: '5000.00',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    district: '440515',
  });
  await created(utilization.baseUrl, '/premium-subsidy-payments', officers.utilization, { policyId: policy.id as string, version: policy.version as number, applicationDate: '2024-02-01' });
  // Training: two of 星辉's people registered for a session, one attended; one of the other's.
  const event = await created(publicServices.baseUrl, '/training-events', officers['public-services'], {
    kind: 'training',
    topic: '企业知识产权管理规范培训',
    audience: 'enterprises',
    date: '2024-04-26',
    online: false,
    venue: '汕头市科技馆',
    district: '440515',
    plannedCount: 100,
  });
  const registrations = [];
  for (const [personName, org] of [
    ['陈一', XINGHUI],
    ['李二', XINGHUI],
    ['王三', OTHER],
  ] as const) {
    registrations.push(await created(publicServices.baseUrl, `/training-events/${event.id as string}/registrations`, officers['public-services'], { personName, organizationName: org.name, creditCode: org.creditCode }));
  }
  const attended = await call(publicServices.baseUrl, 'POST', `/training-registrations/${registrations[0]!.id as string}/attendance`, officers['public-services'], { version: 1, attendedOn: '2024-04-26' });
  expect(attended.status).toBe(200);
}

const section = (profile: TOrganizationProfile, key: TProfileSection['section']) => {
  const found = profile.sections.find((s) => s.section === key);
  expect(found, key).toBeDefined();
  return found as TProfileSection;
};

async function profileOf(creditCode: string, token = everyViewer, language = 'en'): Promise<TOrganizationProfile> {
  const res = await call(publicServices.baseUrl, 'GET', `/organizations/${creditCode}/profile`, token, undefined, language);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as unknown as TOrganizationProfile;
}

describe('organization profile', () => {
  it('returns each pillar’s facts about the organization, and none of another’s', async () => {
    const profile = await profileOf(XINGHUI.creditCode);
    expect(profile).toMatchObject({ creditCode: XINGHUI.creditCode, name: XINGHUI.name, district: '440515', complete: true });
    expect(profile.sections.map((s) => [s.section, s.state, s.total])).toEqual([
      ['enterprise', 'ok', 1],
      ['patents', 'ok', 2],
      ['trademarks', 'ok', 1],
      ['pledges', 'ok', 1],
      ['cases', 'ok', 1],
      ['agencies', 'ok', 0],
      ['patentSubsidies', 'ok', 1],
      ['financingSubsidies', 'ok', 1],
      ['training', 'ok', 2],
    ]);
    expect(section(profile, 'enterprise').facts).toMatchObject({ industry: '玩具创意', currentTitles: [], validCertificates: 0 });
    expect(section(profile, 'patents').recent.map((p) => p.reference).sort()).toEqual([`201710601862.${patentCheckDigit('201710601862')}`, `201820001234.${patentCheckDigit('201820001234')}`]);
    expect(section(profile, 'trademarks').recent[0]).toMatchObject({ reference: '12345678', link: expect.stringMatching(/^\/creation\/trademarks\/[0-9a-f-]{36}$/) });
    expect(section(profile, 'pledges').recent[0]).toMatchObject({ title: expect.stringContaining('ZL201710601862.3'), link: expect.stringMatching(/^\/utilization\/pledges\//) });
    expect(section(profile, 'cases').recent[0]).toMatchObject({ reference: '汕市监知案〔2025〕12号', link: expect.stringMatching(/^\/protection\/cases\//) });
  });

  it('lists its patent subsidies, its financing subsidies and its people’s training registrations, and none of another’s', async () => {
    const profile = await profileOf(XINGHUI.creditCode);
    expect(section(profile, 'patentSubsidies').recent).toEqual([
      expect.objectContaining({ reference: `201710601862.${patentCheckDigit('201710601862')}`, title: 'PCT filing subsidy · ¥20000.00', date: '2020-03-01', status: 'submitted' }),
    ]);
    expect(section(profile, 'patentSubsidies').recent[0]!.link).toMatch(/^\/creation\/subsidies\/[0-9a-f-]{36}$/);
    expect(section(profile, 'financingSubsidies')).toMatchObject({
      pillar: 'utilization',
      facts: { interestSubsidies: 0, premiumSubsidies: 1 },
      recent: [{ reference: 'PICC00000001', title: 'Premium subsidy · ¥5000.00', date: '2024-02-01', status: 'pending', link: expect.stringMatching(/^\/utilization\/premium-subsidy-payments\//) }],
    });
    // The titles are written in the reader's language.
    const inChinese = await profileOf(XINGHUI.creditCode, everyViewer, 'zh-CN');
    expect([section(inChinese, 'patentSubsidies').recent[0]?.title, section(inChinese, 'financingSubsidies').recent[0]?.title]).toEqual(['PCT国际申请资助 · ¥20000.00', '保费补贴 · ¥5000.00']);
    const training = section(profile, 'training');
    expect(training).toMatchObject({ pillar: 'public-services', total: 2, facts: { attended: 1 } });
    expect(training.recent.map((r) => [r.reference, r.title, r.date, r.status]).sort()).toEqual([
      ['李二', '企业知识产权管理规范培训', '2024-04-26', 'registered'],
      ['陈一', '企业知识产权管理规范培训', '2024-04-26', 'attended'],
    ]);
    expect(training.recent[0]!.link).toMatch(/^\/public-services\/training\/[0-9a-f-]{36}$/);
    const other = await profileOf(OTHER.creditCode);
    expect([section(other, 'patentSubsidies').total, section(other, 'financingSubsidies').total, section(other, 'training').total]).toEqual([1, 0, 1]);
  });

  it('serves an agency from public-services itself', async () => {
    const agencyCode = code('91440507MA6AG0001');
    await created(publicServices.baseUrl, '/agencies', officers['public-services'], {
      name: '汕头市星辉专利代理事务所',
      creditCode: agencyCode,
      kind: 'patent',
      licenceNumber: '44601',
      district: '440507',
      establishedDate: '2010-01-01',
    });
    const profile = await profileOf(agencyCode);
    expect(profile.name).toBe('汕头市星辉专利代理事务所');
    expect(section(profile, 'agencies')).toMatchObject({ state: 'ok', total: 1, recent: [{ reference: '44601', link: expect.stringMatching(/^\/public-services\/agencies\//) }] });
    expect(section(profile, 'patents').total).toBe(0);
  });

  it('marks the sections of a pillar that refuses the caller forbidden, and serves the rest', async () => {
    const profile = await profileOf(XINGHUI.creditCode, await tokens.mint(['utilization:viewer']));
    expect(profile.complete).toBe(false);
    expect(profile.sections.map((s) => [s.section, s.state])).toEqual([
      ['enterprise', 'forbidden'],
      ['patents', 'forbidden'],
      ['trademarks', 'forbidden'],
      ['pledges', 'ok'],
      ['cases', 'forbidden'],
      ['agencies', 'forbidden'],
      ['patentSubsidies', 'forbidden'],
      ['financingSubsidies', 'ok'],
      ['training', 'forbidden'],
    ]);
    expect(section(profile, 'cases').reason).toEqual({ 'zh-CN': expect.stringContaining('知识产权保护'), en: expect.stringContaining('protection') });
    expect(profile.name).toBe(XINGHUI.name);
  });

  it('refuses a caller with no module role, and a malformed credit code', async () => {
    expect((await call(publicServices.baseUrl, 'GET', `/organizations/${XINGHUI.creditCode}/profile`, await tokens.mint(['auditor']))).status).toBe(403);
    expect((await call(publicServices.baseUrl, 'GET', `/search?q=${encodeURIComponent('星辉')}`, await tokens.mint(['auditor']))).status).toBe(403);
    expect((await call(publicServices.baseUrl, 'GET', '/organizations/12345/profile', everyViewer)).status).toBe(400);
    expect((await call(publicServices.baseUrl, 'GET', `/organizations/${XINGHUI.creditCode}/profile`)).status).toBe(401);
  });
});

async function search(q: string): Promise<TOrganizationSearchResult> {
  const res = await call(publicServices.baseUrl, 'GET', `/search?q=${encodeURIComponent(q)}`, everyViewer);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as unknown as TOrganizationSearchResult;
}

describe('unified search', () => {

  it('finds an organization by a Chinese name fragment, merged across the pillars', async () => {
    const result = await search('星辉玩具');
    expect(result.complete).toBe(true);
    expect(result.hits).toEqual([{ creditCode: XINGHUI.creditCode, name: XINGHUI.name, district: '440515', foundIn: ['enterprise', 'patents', 'trademarks', 'pledges'] }]);
  });

  it('finds it by its full credit code and by part of it, lower case included', async () => {
    expect((await search(XINGHUI.creditCode)).hits.map((h) => h.creditCode)).toEqual([XINGHUI.creditCode]);
    expect((await search(XINGHUI.creditCode.slice(0, 12).toLowerCase())).hits.map((h) => h.creditCode)).toEqual([XINGHUI.creditCode]);
    expect((await search('汕头市')).hits.map((h) => h.creditCode).sort()).toEqual([XINGHUI.creditCode, OTHER.creditCode, code('91440507MA6AG0001')].sort());
  });
});

// Last: stops the protection service.
describe('a pillar down', () => {
  it('serves a partial profile with the pillar’s section marked unavailable and the reason', async () => {
    await protection.close();
    const profile = await profileOf(XINGHUI.creditCode);
    expect(profile.complete).toBe(false);
    expect(section(profile, 'cases')).toMatchObject({ state: 'unavailable', total: 0, recent: [], reason: { 'zh-CN': expect.stringContaining('知识产权保护'), en: expect.stringContaining('protection') } });
    expect(section(profile, 'patents')).toMatchObject({ state: 'ok', total: 2 });
    expect(section(profile, 'pledges')).toMatchObject({ state: 'ok', total: 1 });
    expect(section(profile, 'financingSubsidies')).toMatchObject({ state: 'ok', total: 1 });
    expect(section(profile, 'training')).toMatchObject({ state: 'ok', total: 2 });
    expect((await search('星辉玩具')).hits).toHaveLength(1);
  });
});
