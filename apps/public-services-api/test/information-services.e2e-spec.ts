import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPage } from '@ipbureau/domain';
import type { TPolicyCreate, TPolicyDetail, TPolicyHit } from '@ipbureau/domain/public-services';
import { caller, count, expectOk, failingFields, LONGHU, startHarness, type Harness } from './support.js';

// The policy library with Chinese full-text search, patent information services, navigation
// projects, trusteeship, and their metrics.

let h: Harness;
const api = caller(() => h);

beforeAll(async () => {
  h = await startHarness();
});
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
