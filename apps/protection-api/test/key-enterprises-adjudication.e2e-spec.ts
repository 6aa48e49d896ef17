import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricValue, TPage } from '@ipbureau/domain';
import type { TAdjudicationCreateInput, TAdjudicationDetail, TCase, TCaseDetail, TKeyEnterpriseBatchDetail } from '@ipbureau/domain/protection';
import { aCase, caller, CHAONAN, issuePaths, JINPING, registerCase, RESPONDENT, startProtection, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const KEY = { creditCode: '91350100M000100Y43', name: '汕头市某重点玩具企业有限公司' };

beforeAll(async () => {
  p = await startProtection();
});
afterAll(() => stopProtection(p));

describe('the key-enterprise list (重点企业直通车)', () => {
  it('admits a batch with rights; a case whose complainant was admitted by its registration is fast-track, in the list and the file', async () => {
    const batch = await json<TKeyEnterpriseBatchDetail>(
      await call(p.officer, 'POST', '/key-enterprises/batches', {
        name: '2024年第一批重点保护企业',
        admittedOn: '2024-03-01',
        enterprises: [{ ...KEY, district: JINPING, rights: [{ rightKind: 'trademark', rightNumber: '12345678', rightName: '某某' }] }],
      }),
      201,
    );
    expect(batch).toMatchObject({ enterpriseCount: 1, admittedOn: '2024-03-01', enterprises: [{ creditCode: KEY.creditCode, district: JINPING, rights: [{ rightKind: 'trademark', rightNumber: '12345678' }] }] });
    const holder = { kind: 'organization', role: 'right_holder', ...KEY } as const;
    const fast = await registerCase(p, aCase({ registeredDate: '2024-05-01', parties: [RESPONDENT, holder] }));
    const before = await registerCase(p, aCase({ registeredDate: '2024-02-01', parties: [RESPONDENT, holder] }));
    const asRespondent = await registerCase(p, aCase({ registeredDate: '2024-05-01', parties: [{ ...holder, role: 'respondent' }] }));
    expect([fast.fastTrack, before.fastTrack, asRespondent.fastTrack]).toEqual([true, false, false]);
    const listed = await json<TPage<TCase>>(await call(p.viewer, 'GET', '/cases?pageSize=50'), 200);
    const flag = (id: string) => listed.items.find((c) => c.id === id)?.fastTrack;
    expect([flag(fast.id), flag(before.id), flag(asRespondent.id)]).toEqual([true, false, false]);
    expect((await json<TCaseDetail>(await call(p.viewer, 'GET', `/cases/${fast.id}`), 200)).fastTrack).toBe(true);
    expect((await json<TPage<unknown>>(await call(p.viewer, 'GET', `/key-enterprises?creditCode=${KEY.creditCode}`), 200)).total).toBe(1);
    expect((await json<TPage<unknown>>(await call(p.viewer, 'GET', '/key-enterprises/batches'), 200)).total).toBe(1);
  });

  it('refuses a batch naming an enterprise twice or a district outside the region, and a viewer, writing nothing', async () => {
    const e = { ...KEY, district: CHAONAN };
    expect(await issuePaths(await call(p.officer, 'POST', '/key-enterprises/batches', { name: '重复', admittedOn: '2024-06-01', enterprises: [e, e] }))).toEqual(['enterprises']);
    expect(await issuePaths(await call(p.officer, 'POST', '/key-enterprises/batches', { name: '外地', admittedOn: '2024-06-01', enterprises: [{ ...e, district: '350102' }] }))).toEqual(['enterprises.0.district']);
    expect((await call(p.viewer, 'POST', '/key-enterprises/batches', { name: '查看', admittedOn: '2024-06-01', enterprises: [e] })).status).toBe(403);
    expect((await p.pool.query(`SELECT 1 FROM protection.key_enterprise_batches WHERE name IN ('重复', '外地', '查看')`)).rowCount).toBe(0);
  });
});

let seq = 0;
const request = (extra: Partial<TAdjudicationCreateInput> = {}): TAdjudicationCreateInput => ({
  kind: 'adjudication',
  requestNumber: `汕知裁〔2025〕${++seq}号`,
  subject: '请求处理侵犯发明专利权纠纷',
  patentNumber: 'ZL201710601862.3',
  applicant: { name: KEY.name, creditCode: KEY.creditCode },
  respondent: { name: RESPONDENT.name, creditCode: RESPONDENT.creditCode },
  receivedDate: '2025-02-20',
  district: JINPING,
  ...extra,
});
const create = async (extra: Partial<TAdjudicationCreateInput> = {}) => json<TAdjudicationDetail>(await call(p.officer, 'POST', '/adjudication-requests', request(extra)), 201);
const act = (token: string, r: { id: string; version: number }, body: Record<string, unknown>) => call(token, 'POST', `/adjudication-requests/${r.id}/transitions`, { ...body, version: r.version });
const step = async (token: string, r: { id: string; version: number }, body: Record<string, unknown>) => json<TAdjudicationDetail>(await act(token, r, body), 201);
const metric = async (key: string, query: string) => ((await json<TMetricValue>(await call(p.viewer, 'GET', `/metrics/${key}?${query}`), 200)).value);

describe('adjudication and mediation', () => {
  it('walks an adjudication: received → accepted (time limit from acceptance) → two dated hearings → adjudicated by the approver', async () => {
    let r = await create();
    expect(r).toMatchObject({ status: 'received', version: 1, deadline: null, allowedActions: ['accept', 'withdraw'] });
    r = await step(p.officer, r, { action: 'accept', effectiveDate: '2025-03-03' });
    expect(r).toMatchObject({ status: 'accepted', acceptedDate: '2025-03-03', deadline: { rule: 'cnipa-patent-dispute-3m', due: '2025-06-03' } });
    expect(r.allowedActions).toEqual(['hear', 'agree', 'hand_over', 'withdraw']);
    r = await step(p.officer, r, { action: 'hear', effectiveDate: '2025-04-10', place: '市知识产权局第一审理庭' });
    r = await step(p.officer, r, { action: 'hear', effectiveDate: '2025-05-08', place: '市知识产权局第一审理庭' });
    expect((await act(p.officer, r, { action: 'adjudicate', effectiveDate: '2025-05-20', decisionNumber: '汕知裁字〔2025〕1号' })).status).toBe(403);
    expect((await act(p.approver, r, { action: 'adjudicate', effectiveDate: '2025-05-01', decisionNumber: '汕知裁字〔2025〕1号' })).status).toBe(400);
    r = await step(p.approver, r, { action: 'adjudicate', effectiveDate: '2025-05-20', decisionNumber: '汕知裁字〔2025〕1号' });
    expect(r).toMatchObject({ status: 'adjudicated', statusDate: '2025-05-20', version: 5, deadline: null, allowedActions: [] });
    expect(r.timeline.map((e) => [e.action, e.toStatus, e.effectiveDate, e.details])).toEqual([
      ['receive', 'received', '2025-02-20', {}],
      ['accept', 'accepted', '2025-03-03', {}],
      ['hear', 'accepted', '2025-04-10', { place: '市知识产权局第一审理庭' }],
      ['hear', 'accepted', '2025-05-08', { place: '市知识产权局第一审理庭' }],
      ['adjudicate', 'adjudicated', '2025-05-20', { decisionNumber: '汕知裁字〔2025〕1号' }],
    ]);
    const stale = await call(p.approver, 'POST', `/adjudication-requests/${r.id}/transitions`, { action: 'withdraw', effectiveDate: '2025-06-01', version: 4, reason: 'x' });
    expect(stale.status).toBe(409);
    const audit = await p.pool.query(`SELECT 1 FROM audit.events WHERE entity = 'adjudication_request' AND entity_id = $1`, [r.id]);
    expect(audit.rowCount).toBe(5);
  });

  it('ends a mediation in an agreement and its judicial confirmation; refuses adjudicating a mediation naming what is allowed', async () => {
    let m = await create({ kind: 'mediation', patentNumber: null, receivedDate: '2025-03-01' });
    m = await step(p.officer, m, { action: 'accept', effectiveDate: '2025-03-02' });
    expect(m.deadline).toBeNull();
    const refused = await act(p.approver, m, { action: 'adjudicate', effectiveDate: '2025-03-10', decisionNumber: 'x' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toContain('达成调解协议（agree）');
    m = await step(p.officer, m, { action: 'agree', effectiveDate: '2025-03-20' });
    m = await step(p.officer, m, { action: 'confirm', effectiveDate: '2025-04-02', court: '汕头市金平区人民法院' });
    expect(m).toMatchObject({ status: 'confirmed', allowedActions: [] });

    let h = await create({ receivedDate: '2025-03-05' });
    h = await step(p.officer, h, { action: 'accept', effectiveDate: '2025-03-06' });
    h = await step(p.officer, h, { action: 'hand_over', effectiveDate: '2025-03-09', recipientKind: 'arbitration', recipientName: '汕头仲裁委员会' });
    expect(h.status).toBe('handed_over');
    const w = await step(p.officer, await create(), { action: 'withdraw', effectiveDate: '2025-02-21', reason: '申请人撤回' });
    expect(w.status).toBe('withdrawn');
  });

  it('refuses an adjudication without its patent, a bad credit code and a viewer, writing nothing', async () => {
    const bad = await call(p.officer, 'POST', '/adjudication-requests', request({ requestNumber: '坏1', patentNumber: null, applicant: { name: 'x', creditCode: 'BAD' } }));
    expect(await issuePaths(bad)).toEqual(['applicant.creditCode', 'patentNumber']);
    expect((await call(p.viewer, 'POST', '/adjudication-requests', request({ requestNumber: '坏2' }))).status).toBe(403);
    expect((await p.pool.query(`SELECT 1 FROM protection.adjudication_requests WHERE request_number IN ('坏1', '坏2')`)).rowCount).toBe(0);
  });

  it('counts adjudication requests received and mediation agreements signed in a past period, by district', async () => {
    const q = (from: string, to: string, district = '') => `from=${from}&to=${to}${district ? `&district=${district}` : ''}`;
    const requestsBefore = Number(await metric('adjudication.requests_in_period', q('2023-01-01', '2023-12-31')));
    await create({ receivedDate: '2023-05-05' });
    await create({ receivedDate: '2023-06-05', district: CHAONAN });
    await create({ kind: 'mediation', patentNumber: null, receivedDate: '2023-06-06' });
    expect(Number(await metric('adjudication.requests_in_period', q('2023-01-01', '2023-12-31'))) - requestsBefore).toBe(2);
    expect(await metric('adjudication.requests_in_period', q('2023-01-01', '2023-12-31', CHAONAN))).toBe('1');
    let m = await create({ kind: 'mediation', patentNumber: null, receivedDate: '2023-07-01', district: CHAONAN });
    m = await step(p.officer, m, { action: 'accept', effectiveDate: '2023-07-02' });
    await step(p.officer, m, { action: 'agree', effectiveDate: '2023-08-15' });
    expect(await metric('mediation.agreements_in_period', q('2023-08-01', '2023-08-31', CHAONAN))).toBe('1');
    expect(await metric('mediation.agreements_in_period', q('2023-08-01', '2023-08-31', JINPING))).toBe('0');
    expect(await metric('mediation.agreements_in_period', q('2023-09-01', '2023-12-31', CHAONAN))).toBe('0');
  });
});
