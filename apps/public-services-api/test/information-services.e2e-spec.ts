import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar, type TMetricValue, type TPage } from '@ipbureau/domain';
import type {
  TAgency,
  TInfoRequest,
  TInfoRequestCreate,
  TInfoRequestDetail,
  TNavigationProject,
  TPolicyCreate,
  TPolicyDetail,
  TPolicyHit,
  TTrusteeshipContract,
  TTrusteeshipContractDetail,
  TTrusteeshipCreate,
} from '@ipbureau/domain/public-services';
import { caller, count, expectOk, factories, failingFields, LONGHU, NANAO, startHarness, type Harness } from './support.js';

// The policy library with Chinese full-text search, patent information services, navigation
// projects, trusteeship, and their metrics.

let h: Harness;
const api = caller(() => h);
const make = factories(() => h);
let agency: TAgency;

beforeAll(async () => {
  h = await startHarness();
  agency = await make.agency({ name: '汕头市知识产权信息服务中心' });
});

let enterprises = 0;
/** A small enterprise's credit code (valid check character). */
function enterpriseCode(): string {
  enterprises += 1;
  const first17 = `91440507MA5${String(enterprises).padStart(6, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}
const metric = async (path: string) => (await expectOk<TMetricValue>(api(`/metrics/${path}`, { token: h.viewer }))).value;
afterAll(async () => {
  await h?.close();
});

describe('policy and guide library', () => {
  const policy = (overrides: Partial<TPolicyCreate> = {}) =>
    expectOk<TPolicyDetail>(
      api('/policies', {
        token: h.officer,
        body: { kind: 'policy', title: '政策', issuer: '汕头市市场监督管理局', effectiveDate: '2022-01-01', district: LONGHU, body: '', ...overrides },
      }),
      201,
    );
  const search = (q: string, extra = '') => expectOk<TPage<TPolicyHit>>(api(`/policies?q=${encodeURIComponent(q)}${extra}`, { token: h.viewer }));

  it('finds 质押融资 where the words stand together, not where 质押 … 融资 stand apart; title hits first; English too', async () => {
    const together = await policy({ title: '关于推进知识产权工作的通知', body: '鼓励企业开展知识产权质押融资，扩大融资规模。' });
    const apart = await policy({ title: '专利质押登记办事指南', kind: 'guide', body: '办理质押登记后，企业可向银行申请融资。' });
    const inTitle = await policy({ title: '汕头市知识产权质押融资风险补偿办法', documentNumber: '汕市监〔2022〕12号', body: '为缓解中小企业融资难。', effectiveDate: '2022-03-01', expiryDate: '2025-12-31' });
    const english = await policy({ kind: 'guide', title: 'Overseas IP Rights-Protection Guide', issuer: 'CNIPA', body: 'How to respond to a patent infringement lawsuit abroad; pledge financing is not covered.' });

    const hits = await search('质押融资');
    expect(hits.items.map((p) => p.id)).toEqual([inTitle.id, together.id]);
    expect(hits.items.map((p) => p.titleMatch)).toEqual([true, false]);
    expect(hits.items[1]!.excerpt).toContain('质押融资');
    expect(hits.total).toBe(2);

    expect((await search('质押')).items.map((p) => p.id).sort()).toEqual([together.id, apart.id, inTitle.id].sort());
    expect((await search('押')).total).toBe(3);
    expect((await search('infringement lawsuit')).items.map((p) => p.id)).toEqual([english.id]);
    expect((await search('PATENT')).items.map((p) => p.id)).toEqual([english.id]);
    expect((await search('patent 融资')).total).toBe(0);
    expect((await search('质押融资', '&inForceOn=2026-01-01')).items.map((p) => p.id)).toEqual([together.id]);
    expect((await search('指南', '&kind=guide')).items.map((p) => p.id)).toEqual([apart.id]);
  });

  it('keeps the search current on update, refuses a stale version, and rejects inverted dates naming the field', async () => {
    const doc = await policy({ title: '商标品牌培育指引', kind: 'guide' });
    expect((await search('地理标志')).total).toBe(0);
    const changed = await expectOk<TPolicyDetail>(api(`/policies/${doc.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, body: '地理标志保护与运用' } }));
    expect(changed.version).toBe(2);
    expect((await search('地理标志')).items.map((p) => p.id)).toEqual([doc.id]);
    expect((await api(`/policies/${doc.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, title: 'x' } })).status).toBe(409);
    expect(await count(h, `audit.events WHERE entity = 'policy-document' AND entity_id = $1`, [doc.id])).toBe(2);

    const before = await count(h, 'public_services.policy_documents');
    const bad = await api('/policies', { token: h.officer, body: { kind: 'policy', title: '', issuer: 'x', effectiveDate: '2022-01-01', expiryDate: '2021-01-01', district: LONGHU } });
    expect(bad.status).toBe(400);
    expect(await failingFields(bad)).toEqual(['expiryDate', 'title']);
    expect((await api('/policies', { token: h.viewer, body: { kind: 'policy', title: 'x', issuer: 'x', effectiveDate: '2022-01-01', district: LONGHU } })).status).toBe(403);
    expect(await count(h, 'public_services.policy_documents')).toBe(before);
  });
});

describe('patent information service requests', () => {
  const request = (overrides: Partial<TInfoRequestCreate> = {}) =>
    expectOk<TInfoRequestDetail>(
      api('/info-requests', {
        token: h.officer,
        body: { kind: 'search', enterpriseName: '汕头市澄海玩具有限公司', enterpriseCreditCode: enterpriseCode(), subject: '智能玩具专利检索', requestedDate: '2023-03-01', district: LONGHU, ...overrides },
      }),
      201,
    );
  const step = (r: { id: string }, body: Record<string, unknown>) => api(`/info-requests/${r.id}/transitions`, { token: h.officer, body });

  it('walks submitted → assigned → delivered → rated, keeping every dated step, and counts in the period metrics', async () => {
    const r = await request();
    expect(r).toMatchObject({ status: 'submitted', allowedActions: ['assign', 'cancel'] });
    const assigned = await expectOk<TInfoRequestDetail>(step(r, { action: 'assign', version: 1, date: '2023-03-02', providerName: agency.name, providerAgencyId: agency.id }));
    expect(assigned).toMatchObject({ status: 'assigned', providerAgencyId: agency.id, assignedOn: '2023-03-02', allowedActions: ['assign', 'deliver', 'cancel'] });
    await expectOk(step(r, { action: 'deliver', version: 2, date: '2023-04-10', deliverable: '检索报告 1 份' }));
    const rated = await expectOk<TInfoRequestDetail>(step(r, { action: 'rate', version: 3, date: '2023-04-15', rating: 5, comment: '很有帮助' }));
    expect(rated).toMatchObject({ status: 'rated', rating: 5, ratedOn: '2023-04-15', allowedActions: [] });
    expect(rated.history.map((e) => [e.action, e.to, e.date])).toEqual([
      ['create', 'submitted', '2023-03-01'],
      ['assign', 'assigned', '2023-03-02'],
      ['deliver', 'delivered', '2023-04-10'],
      ['rate', 'rated', '2023-04-15'],
    ]);
    expect(await count(h, `audit.events WHERE entity = 'info-request' AND entity_id = $1`, [r.id])).toBe(4);

    const second = await request({ kind: 'alert', requestedDate: '2023-05-01', district: NANAO });
    await expectOk(step(second, { action: 'assign', version: 1, date: '2023-05-02', providerName: '某检索机构' }));
    await expectOk(step(second, { action: 'deliver', version: 2, date: '2023-06-01', deliverable: '预警清单' }));
    await expectOk(step(second, { action: 'rate', version: 3, date: '2023-06-02', rating: 2 }));
    const cancelled = await request({ requestedDate: '2024-01-10' });
    await expectOk(step(cancelled, { action: 'cancel', version: 1, date: '2024-01-11', note: '企业撤回' }));

    expect(await metric('info_services.requests_in_period?from=2023-01-01&to=2023-12-31')).toBe('2');
    expect(await metric(`info_services.requests_in_period?from=2023-01-01&to=2024-12-31&district=${LONGHU}`)).toBe('2');
    expect(await metric('info_services.satisfaction_in_period?from=2023-01-01&to=2023-12-31')).toBe('3.50');
    expect(await metric('info_services.satisfaction_in_period?from=2023-01-01&to=2023-05-31')).toBe('5.00');
    expect(await metric('info_services.satisfaction_in_period?from=2022-01-01&to=2022-12-31')).toBe('0.00');
    const list = await expectOk<TPage<TInfoRequest>>(api('/info-requests?status=rated&from=2023-01-01&to=2023-12-31', { token: h.viewer }));
    expect(list.items.map((x) => x.id).sort()).toEqual([r.id, second.id].sort());
  });

  it('refuses a step not allowed from the status naming the allowed ones, a stale version, a rating out of 1–5, and writes nothing', async () => {
    const r = await request();
    const early = await step(r, { action: 'rate', version: 1, date: '2023-03-02', rating: 4 });
    expect(early.status).toBe(409);
    expect(((await early.json()) as { message: string }).message).toContain('allowed: assign, cancel');
    expect((await step(r, { action: 'assign', version: 9, date: '2023-03-02', providerName: 'x' })).status).toBe(409);
    expect((await step(r, { action: 'assign', version: 1, date: '2023-02-01', providerName: 'x' })).status).toBe(422);
    await expectOk(step(r, { action: 'assign', version: 1, date: '2023-03-02', providerName: 'x' }));
    await expectOk(step(r, { action: 'deliver', version: 2, date: '2023-03-05', deliverable: '报告' }));
    const bad = await step(r, { action: 'rate', version: 3, date: '2023-03-06', rating: 6 });
    expect(bad.status).toBe(400);
    expect(await failingFields(bad)).toEqual(['rating']);
    expect(await count(h, `public_services.info_requests WHERE id = $1 AND status = 'delivered' AND rating IS NULL AND version = 3`, [r.id])).toBe(1);
    expect(await count(h, 'public_services.info_request_events WHERE request_id = $1', [r.id])).toBe(3);
  });
});

describe('patent navigation projects', () => {
  it('records a project with its industry and deliverables and marks a deliverable delivered', async () => {
    const project = await expectOk<TNavigationProject>(
      api('/navigation-projects', {
        token: h.officer,
        body: {
          title: '汕头市玩具创意产业专利导航',
          kind: 'industry',
          industry: '玩具创意',
          undertaker: agency.name,
          startDate: '2022-05-01',
          budget: '300000.00',
          deliverables: [{ name: '产业专利导航分析报告', dueDate: '2022-12-31' }, { name: '玩具专利专题数据库' }],
          district: LONGHU,
        },
      }),
      201,
    );
    expect(project.deliverables).toEqual([
      { name: '产业专利导航分析报告', dueDate: '2022-12-31', deliveredOn: null },
      { name: '玩具专利专题数据库', dueDate: null, deliveredOn: null },
    ]);
    const delivered = await expectOk<TNavigationProject>(
      api(`/navigation-projects/${project.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, deliverables: [{ ...project.deliverables[0]!, deliveredOn: '2022-12-20' }, project.deliverables[1]!], endDate: '2022-12-31' } }),
    );
    expect(delivered).toMatchObject({ version: 2, endDate: '2022-12-31', budget: '300000.00' });
    expect(delivered.deliverables[0]!.deliveredOn).toBe('2022-12-20');
    const found = await expectOk<TPage<TNavigationProject>>(api('/navigation-projects?industry=玩具', { token: h.viewer }));
    expect(found.items.map((p) => p.id)).toEqual([project.id]);

    const before = await count(h, 'public_services.navigation_projects');
    const bad = await api('/navigation-projects', { token: h.officer, body: { title: 'x', kind: 'industry', industry: 'x', undertaker: 'x', startDate: '2022-05-01', endDate: '2022-01-01', budget: '1.234', district: LONGHU } });
    expect(await failingFields(bad)).toEqual(['budget', 'endDate']);
    expect(await count(h, 'public_services.navigation_projects')).toBe(before);
  });
});

describe('IP trusteeship', () => {
  const contract = (overrides: Partial<TTrusteeshipCreate> = {}) =>
    expectOk<TTrusteeshipContractDetail>(
      api('/trusteeship-contracts', {
        token: h.officer,
        body: {
          agencyId: agency.id,
          enterpriseName: '汕头市小微科技有限公司',
          enterpriseCreditCode: enterpriseCode(),
          contractNumber: `TG-${enterpriseCode().slice(-6)}`,
          startDate: '2022-01-01',
          endDate: '2023-12-31',
          fee: '20000.00',
          rights: [{ kind: 'patent', number: 'ZL201710601862.3' }],
          district: LONGHU,
          ...overrides,
        },
      }),
      201,
    );

  it('manages rights, records services within the contract, terminates early; contracts in force as of past dates', async () => {
    const c = await contract();
    expect(c).toMatchObject({ agencyName: agency.name, rights: [{ kind: 'patent', number: 'ZL201710601862.3' }], services: [] });
    const more = await expectOk<TTrusteeshipContractDetail>(api(`/trusteeship-contracts/${c.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, rights: [...c.rights, { kind: 'trademark', number: '12345678' }] } }));
    expect(more.rights).toHaveLength(2);
    const served = await expectOk<TTrusteeshipContractDetail>(api(`/trusteeship-contracts/${c.id}/services`, { token: h.officer, body: { date: '2022-03-15', kind: 'fee_management', content: '提醒缴纳年费' } }), 201);
    expect(served.services).toMatchObject([{ date: '2022-03-15', kind: 'fee_management' }]);
    expect((await api(`/trusteeship-contracts/${c.id}/services`, { token: h.officer, body: { date: '2024-03-15', kind: 'consultation', content: '过期' } })).status).toBe(422);

    const other = await contract({ startDate: '2022-06-01', endDate: '2024-05-31', district: NANAO });
    const ended = await expectOk<TTrusteeshipContractDetail>(api(`/trusteeship-contracts/${other.id}/terminate`, { token: h.officer, body: { version: 1, date: '2022-12-31', reason: '企业迁出' } }));
    expect(ended.terminatedOn).toBe('2022-12-31');
    expect((await api(`/trusteeship-contracts/${other.id}/terminate`, { token: h.officer, body: { version: 2, date: '2023-01-31', reason: 'again' } })).status).toBe(409);

    expect(await metric('trusteeship.contracts_in_force?asOf=2021-12-31')).toBe('0');
    expect(await metric('trusteeship.contracts_in_force?asOf=2022-12-31')).toBe('2');
    expect(await metric('trusteeship.contracts_in_force?asOf=2023-01-01')).toBe('1');
    expect(await metric(`trusteeship.contracts_in_force?asOf=2022-12-31&district=${NANAO}`)).toBe('1');
    expect(await metric('trusteeship.contracts_in_force?asOf=2024-01-01')).toBe('0');
    const inForce = await expectOk<TPage<TTrusteeshipContract>>(api('/trusteeship-contracts?inForceOn=2023-06-01', { token: h.viewer }));
    expect(inForce.items.map((x) => x.id)).toEqual([c.id]);
  });

  it('refuses a duplicate contract number, an inverted period and an invalid patent number, writing nothing', async () => {
    const c = await contract();
    const before = await count(h, 'public_services.trusteeship_contracts');
    const again = await api('/trusteeship-contracts', {
      token: h.officer,
      body: { agencyId: agency.id, enterpriseName: 'x', enterpriseCreditCode: c.enterpriseCreditCode, contractNumber: c.contractNumber, startDate: '2022-01-01', endDate: '2022-12-31', district: LONGHU },
    });
    expect(again.status).toBe(409);
    const bad = await api('/trusteeship-contracts', {
      token: h.officer,
      body: { agencyId: agency.id, enterpriseName: 'x', enterpriseCreditCode: c.enterpriseCreditCode, contractNumber: 'N-1', startDate: '2022-01-01', endDate: '2021-12-31', rights: [{ kind: 'patent', number: 'ZL201710601862.4' }], district: LONGHU },
    });
    expect(bad.status).toBe(400);
    expect(await failingFields(bad)).toEqual(['endDate', 'rights.0.number']);
    expect(await count(h, 'public_services.trusteeship_contracts')).toBe(before);
  });
});
