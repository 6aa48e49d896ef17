import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type { TMetricValue } from '@ipbureau/domain';
import type { TBlacklistCheck, TBlacklistEntryDetail, TCaseDetail, TWhitelistEntry } from '@ipbureau/domain/protection';
import { EventTransport, EventWorker, inTransaction } from '@ipbureau/nest-kit';
import { aCase, caller, issuePaths, registerCase, RESPONDENT, startProtection, step, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const AGENCY = '91350100M000100Y43';

beforeAll(async () => {
  p = await startProtection();
});
afterAll(() => stopProtection(p));

/** A case walked to closed after a punishment decided 2024-03-01, closed 2024-04-10. */
async function closedPunished(): Promise<TCaseDetail> {
  let c = await registerCase(p, aCase({ registeredDate: '2024-01-10' }));
  c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2024-01-15' });
  c = await step(p, p.approver, c, { action: 'decide', effectiveDate: '2024-03-01', outcome: 'punished', decisionNumber: '汕市监知罚〔2024〕1号', fineAmount: '8000.00', confiscationAmount: '0' });
  c = await step(p, p.officer, c, { action: 'execute', effectiveDate: '2024-03-20' });
  return step(p, p.approver, c, { action: 'close', effectiveDate: '2024-04-10' });
}

const listing = (caseId: string, extra: Record<string, unknown> = {}) => ({ caseId, creditCode: RESPONDENT.creditCode, grounds: '销售侵犯注册商标专用权的商品，情节严重', listedDate: '2024-04-15', ...extra });
const entriesOf = async (caseId: string) => (await p.pool.query('SELECT 1 FROM protection.blacklist_entries WHERE case_id = $1', [caseId])).rowCount;
const check = (creditCode: string, asOf: string, token = p.viewer) => call(token, 'GET', `/credit/blacklist/check?creditCode=${encodeURIComponent(creditCode)}&asOf=${asOf}`);
const metric = async (query: string) => ((await json<TMetricValue>(await call(p.viewer, 'GET', `/metrics/blacklist.size?${query}`), 200)).value);

describe('the blacklist', () => {
  it('lists a respondent of a closed punished case, publishes and removes it with dated steps; the check and the metric answer by date', async () => {
    const sizeBefore = await metric('asOf=2024-12-31');
    const c = await closedPunished();
    let entry = await json<TBlacklistEntryDetail>(await call(p.officer, 'POST', '/credit/blacklist', listing(c.id)), 201);
    expect(entry).toMatchObject({ status: 'pending', source: 'case', caseNumber: c.caseNumber, name: RESPONDENT.name, decidedOn: '2024-03-01', listedDate: '2024-04-15', version: 1, allowedActions: [] });
    expect(await json<TBlacklistCheck>(await check(RESPONDENT.creditCode, '2024-05-01'), 200)).toMatchObject({ listed: false, entry: null });

    // An officer cannot publish; the approver can.
    expect((await call(p.officer, 'POST', `/credit/blacklist/${entry.id}/transitions`, { action: 'publish', effectiveDate: '2024-04-20', version: 1 })).status).toBe(403);
    entry = await json<TBlacklistEntryDetail>(await call(p.approver, 'POST', `/credit/blacklist/${entry.id}/transitions`, { action: 'publish', effectiveDate: '2024-04-20', version: 1 }), 201);
    expect(entry).toMatchObject({ status: 'published', publishedDate: '2024-04-20', version: 2, allowedActions: ['remove'] });
    // Stale version, and a second publication, are refused; the latter names what is allowed.
    expect((await call(p.approver, 'POST', `/credit/blacklist/${entry.id}/transitions`, { action: 'remove', effectiveDate: '2024-09-01', version: 1, reason: '信用修复' })).status).toBe(409);
    const again = await call(p.approver, 'POST', `/credit/blacklist/${entry.id}/transitions`, { action: 'publish', effectiveDate: '2024-09-01', version: 2 });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain('移出（remove）');
    // Removal needs a reason and a date not before publication.
    expect(await issuePaths(await call(p.approver, 'POST', `/credit/blacklist/${entry.id}/transitions`, { action: 'remove', effectiveDate: '2024-09-01', version: 2 }))).toEqual(['reason']);
    expect(await issuePaths(await call(p.approver, 'POST', `/credit/blacklist/${entry.id}/transitions`, { action: 'remove', effectiveDate: '2024-04-01', version: 2, reason: '信用修复' }))).toEqual(['effectiveDate']);
    entry = await json<TBlacklistEntryDetail>(await call(p.approver, 'POST', `/credit/blacklist/${entry.id}/transitions`, { action: 'remove', effectiveDate: '2024-09-01', version: 2, reason: '信用修复' }), 201);
    expect(entry.timeline.map((e) => [e.action, e.fromStatus, e.toStatus, e.effectiveDate, e.actorName])).toEqual([
      ['list', null, 'pending', '2024-04-15', '郑执法'],
      ['publish', 'pending', 'published', '2024-04-20', '林科长'],
      ['remove', 'published', 'removed', '2024-09-01', '林科长'],
    ]);

    const during = await json<TBlacklistCheck>(await check(RESPONDENT.creditCode.toLowerCase(), '2024-06-30'), 200);
    expect(during).toMatchObject({ creditCode: RESPONDENT.creditCode, asOf: '2024-06-30', listed: true, entry: { id: entry.id, status: 'published', removedDate: null } });
    expect((await json<TBlacklistCheck>(await check(RESPONDENT.creditCode, '2024-09-01'), 200)).listed).toBe(false);
    expect((await json<TBlacklistCheck>(await check(RESPONDENT.creditCode, '2024-04-19'), 200)).listed).toBe(false);
    // Any signed-in caller may check (another pillar's officer), nobody anonymous.
    const creationOfficer = await p.issuer.mint(['creation:officer']);
    expect((await json<TBlacklistCheck>(await check(RESPONDENT.creditCode, '2024-06-30', creationOfficer), 200)).listed).toBe(true);
    expect((await call(null, 'GET', `/credit/blacklist/check?creditCode=${RESPONDENT.creditCode}`)).status).toBe(401);

    expect(Number(await metric('asOf=2024-06-30')) - Number(sizeBefore)).toBe(1);
    expect(await metric('asOf=2024-12-31')).toBe(sizeBefore);
    expect(await metric('asOf=2024-06-30&district=440514')).toBe('0');
    const audit = await p.pool.query(`SELECT action FROM audit.events WHERE entity = 'blacklist_entry' AND entity_id = $1 ORDER BY seq`, [entry.id]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'transition', 'transition']);
    await expect(p.pool.query(`DELETE FROM protection.blacklist_events WHERE entry_id = $1`, [entry.id])).rejects.toThrow(/append-only/);
  });

  it('refuses a listing without a final decision, of a non-party, dated before closing, or twice, writing nothing', async () => {
    let open = await registerCase(p, aCase({ registeredDate: '2024-01-10' }));
    open = await step(p, p.officer, open, { action: 'investigate', effectiveDate: '2024-01-15' });
    const notFinal = await call(p.officer, 'POST', '/credit/blacklist', listing(open.id));
    expect(notFinal.status).toBe(422);
    expect(await issuePaths(notFinal)).toEqual(['caseId']);
    let notEstablished = await step(p, p.approver, open, { action: 'decide', effectiveDate: '2024-02-01', outcome: 'not_established', decisionNumber: '汕市监知不罚〔2024〕1号' });
    notEstablished = await step(p, p.approver, notEstablished, { action: 'close', effectiveDate: '2024-02-02' });
    expect((await call(p.officer, 'POST', '/credit/blacklist', listing(notEstablished.id))).status).toBe(422);

    const c = await closedPunished();
    const stranger = await call(p.officer, 'POST', '/credit/blacklist', listing(c.id, { creditCode: AGENCY }));
    expect(stranger.status).toBe(422);
    expect(await issuePaths(stranger)).toEqual(['creditCode']);
    expect(await issuePaths(await call(p.officer, 'POST', '/credit/blacklist', listing(c.id, { listedDate: '2024-04-01' })))).toEqual(['listedDate']);
    expect(await issuePaths(await call(p.officer, 'POST', '/credit/blacklist', listing(c.id, { creditCode: '91350100M000100Y44' })))).toEqual(['creditCode']);
    expect((await call(p.viewer, 'POST', '/credit/blacklist', listing(c.id))).status).toBe(403);
    expect(await entriesOf(open.id)).toBe(0);
    expect(await entriesOf(c.id)).toBe(0);
    await json(await call(p.officer, 'POST', '/credit/blacklist', listing(c.id)), 201);
    expect((await call(p.officer, 'POST', '/credit/blacklist', listing(c.id))).status).toBe(409);
    expect(await entriesOf(c.id)).toBe(1);
  });

  it('answers 422 naming creditCode for a malformed or mistyped code', async () => {
    for (const bad of ['91350100M000100Y44', 'ABC']) {
      const res = await check(bad, '2024-06-30');
      expect(res.status).toBe(422);
      expect(await issuePaths(res)).toEqual(['creditCode']);
    }
  });
});

describe('blacklist.referred from public services', () => {
  const referral = (referralId: string) => ({
    type: 'blacklist.referred',
    eventId: randomUUID(),
    referralId,
    creditCode: AGENCY,
    name: '福州某专利代理事务所',
    subjectKind: 'agency',
    grounds: '代理非正常专利申请，受到警告并通报批评',
    violation: 'abnormal_applications',
    decidedOn: '2025-03-01',
    regionCode: '440507',
  });

  it('becomes one pending entry per referral, published through the transport; a redelivery or a repeat changes nothing', async () => {
    const referralId = randomUUID();
    const transport = p.service.app.get(EventTransport);
    const eventId = await inTransaction(p.service.app.get(DataSource), (em) => transport.publish(em, null, { type: 'blacklist.referred', regionCode: '440507', data: referral(referralId) }));
    const entries = async () => (await p.pool.query(`SELECT id, status, source, subject_kind, credit_code, decided_on::text FROM protection.blacklist_entries WHERE referral_id = $1`, [referralId])).rows;
    const deadline = Date.now() + 15_000;
    while ((await entries()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await entries()).toEqual([{ id: expect.any(String), status: 'pending', source: 'referral', subject_kind: 'agency', credit_code: AGENCY, decided_on: '2025-03-01' }]);
    const [row] = (await entries()) as { id: string }[];
    const detail = await json<TBlacklistEntryDetail>(await call(p.viewer, 'GET', `/credit/blacklist/${row!.id}`), 200);
    expect(detail).toMatchObject({ referralId, caseId: null, caseNumber: null, violation: 'abnormal_applications', district: '440507', timeline: [{ action: 'list', actorId: null, actorName: '公共服务移送' }] });

    // The same envelope delivered again, and another event for the same referral.
    const worker = p.service.app.get(EventWorker);
    const envelope = (await p.pool.query(`SELECT data FROM pgboss.job WHERE data->>'id' = $1`, [eventId])).rows[0] as { data: unknown } | undefined;
    expect(envelope).toBeDefined();
    expect(await worker.apply(envelope!.data)).toBe(false);
    const repeat = { id: randomUUID(), type: 'blacklist.referred', source: 'public-services', occurredAt: new Date().toISOString(), regionCode: '440507', actorId: null, requestId: null, data: referral(referralId) };
    expect(await worker.apply(repeat)).toBe(true);
    expect(await entries()).toHaveLength(1);
    expect((await p.pool.query(`SELECT 1 FROM protection.blacklist_events WHERE entry_id = $1`, [row!.id])).rowCount).toBe(1);
    expect((await p.pool.query(`SELECT 1 FROM audit.events WHERE entity = 'blacklist_entry' AND entity_id = $1`, [row!.id])).rowCount).toBe(1);
    // Not listed until published; a referral found wrong is removed before publication, its steps kept.
    expect((await json<TBlacklistCheck>(await check(AGENCY, '2025-06-30'), 200)).listed).toBe(false);
    const removed = await json<TBlacklistEntryDetail>(await call(p.approver, 'POST', `/credit/blacklist/${row!.id}/transitions`, { action: 'remove', effectiveDate: detail.listedDate, version: 1, reason: '移送有误' }), 201);
    expect(removed).toMatchObject({ status: 'removed', publishedDate: null, removedDate: detail.listedDate, allowedActions: [] });
    expect(removed.timeline.map((e) => e.action)).toEqual(['list', 'remove']);
  });
});

describe('the whitelist', () => {
  const right = (extra: Record<string, unknown> = {}) => ({
    rightKind: 'patent',
    rightNumber: 'zl201710601862.3',
    rightName: '一种玩具车传动装置',
    ownerName: '汕头市某玩具有限公司',
    ownerCreditCode: RESPONDENT.creditCode,
    validFrom: '2024-01-01',
    validTo: '2025-12-31',
    district: '440511',
    ...extra,
  });

  it('keeps protected rights with validity dates, by date and owner; refuses bad numbers, duplicates and stale versions', async () => {
    const created = await json<TWhitelistEntry>(await call(p.officer, 'POST', '/credit/whitelist', right()), 201);
    expect(created).toMatchObject({ rightNumber: 'ZL201710601862.3', version: 1, district: '440511' });
    expect((await call(p.officer, 'POST', '/credit/whitelist', right({ rightNumber: 'ZL201710601862.3' }))).status).toBe(409);
    const bad = await call(p.officer, 'POST', '/credit/whitelist', right({ rightNumber: 'ZL201710601862.4', ownerCreditCode: 'X', validTo: '2023-01-01' }));
    expect(await issuePaths(bad)).toEqual(['ownerCreditCode', 'rightNumber', 'validTo']);
    expect((await p.pool.query(`SELECT 1 FROM protection.whitelist_rights`)).rowCount).toBe(1);
    const listed = async (q: string) => (await json<{ total: number }>(await call(p.viewer, 'GET', `/credit/whitelist?${q}`), 200)).total;
    expect(await listed(`ownerCreditCode=${RESPONDENT.creditCode}&asOf=2025-06-01`)).toBe(1);
    expect(await listed('asOf=2026-01-01')).toBe(0);
    const changed = await json<TWhitelistEntry>(await call(p.officer, 'PATCH', `/credit/whitelist/${created.id}`, { version: 1, validTo: null }), 200);
    expect(changed).toMatchObject({ validTo: null, version: 2 });
    expect((await call(p.officer, 'PATCH', `/credit/whitelist/${created.id}`, { version: 1, rightName: '过期' })).status).toBe(409);
    expect(await listed('asOf=2026-01-01')).toBe(1);
    for (const list of ['/credit/whitelist', '/credit/blacklist']) {
      const sheet = await call(p.viewer, 'GET', `${list}?format=xlsx`);
      expect(sheet.status).toBe(200);
      expect(sheet.headers.get('content-type')).toContain('spreadsheetml');
      expect((await sheet.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });
});
