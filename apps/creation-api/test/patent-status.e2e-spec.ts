import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPage } from '@ipbureau/domain';
import type { TPatent, TPatentDetail } from '@ipbureau/domain/creation';
import { call, CHENGHAI, issuePaths, JINPING, json, LONGHU, patentInput, startCreation, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;
let w: ReturnType<typeof writers>;

beforeAll(async () => {
  h = await startCreation();
  w = writers(h);
});
afterAll(async () => {
  await h?.close();
});

const get = async (id: string) => json<TPatentDetail>(await call(h.service.baseUrl, h.viewer, 'GET', `/patents/${id}`), 200);
const patch = (id: string, body: unknown, token = h.officer) => call(h.service.baseUrl, token, 'PATCH', `/patents/${id}`, body);
const step = async (patent: { id: string; version: number }, action: string, effectiveDate: string, note?: string) =>
  json<TPatentDetail>(await w.transitionPatent(patent.id, { action, effectiveDate, version: patent.version, ...(note ? { note } : {}) }), 200);
const eventRows = async (id: string) => (await h.db.query(`SELECT 1 FROM creation.patent_status_events WHERE patent_id = $1`, [id])).rowCount;

describe('a patent’s legal status over time', () => {
  it('starts pending with its filing as the first event, version 1, and grant, reject or withdraw allowed', async () => {
    const patent = await w.registerPatent(patentInput({ filingDate: '2019-03-04' }));
    expect(patent).toMatchObject({ status: 'pending', grantDate: null, version: 1, allowedActions: ['grant', 'reject', 'withdraw'] });
    expect(patent.statusHistory).toMatchObject([{ seq: 1, action: 'file', fromStatus: null, toStatus: 'pending', effectiveDate: '2019-03-04' }]);
  });

  it('is granted, lapses for unpaid fees, is restored and then invalidated, each event dated and kept', async () => {
    let patent = await w.registerPatent(patentInput({ filingDate: '2018-01-10' }));
    patent = await step(patent, 'grant', '2019-07-02', '授权公告号 CN108000001B');
    expect(patent).toMatchObject({ status: 'granted', grantDate: '2019-07-02', version: 2, allowedActions: ['withdraw', 'lapse', 'invalidate', 'expire'] });
    patent = await step(patent, 'lapse', '2021-01-10');
    expect(patent).toMatchObject({ status: 'lapsed', allowedActions: ['restore'] });
    patent = await step(patent, 'restore', '2021-03-01');
    expect(patent).toMatchObject({ status: 'granted', grantDate: '2019-07-02' });
    patent = await step(patent, 'invalidate', '2022-05-20');
    expect(patent).toMatchObject({ status: 'invalidated', version: 5, allowedActions: [] });
    expect(patent.statusHistory.map((e) => [e.action, e.fromStatus, e.toStatus, e.effectiveDate])).toEqual([
      ['file', null, 'pending', '2018-01-10'],
      ['grant', 'pending', 'granted', '2019-07-02'],
      ['lapse', 'granted', 'lapsed', '2021-01-10'],
      ['restore', 'lapsed', 'granted', '2021-03-01'],
      ['invalidate', 'granted', 'invalidated', '2022-05-20'],
    ]);
    expect(patent.statusHistory[1]?.note).toBe('授权公告号 CN108000001B');
    expect(await get(patent.id)).toEqual(patent);
    const audited = await h.db.query(`SELECT action FROM audit.events WHERE entity = 'patent' AND entity_id = $1 ORDER BY seq`, [patent.id]);
    expect(audited.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'transition', 'transition', 'transition', 'transition']);
  });

  it('records a rejection, a withdrawn application, a surrendered patent and an expired one', async () => {
    const rejected = await step(await w.registerPatent(patentInput()), 'reject', '2024-02-01');
    expect(rejected).toMatchObject({ status: 'rejected', allowedActions: [] });
    const withdrawn = await step(await w.registerPatent(patentInput()), 'withdraw', '2024-02-01');
    expect(withdrawn.status).toBe('withdrawn');
    const surrendered = await step(await step(await w.registerPatent(patentInput()), 'grant', '2024-01-05'), 'withdraw', '2024-06-30');
    expect(surrendered).toMatchObject({ status: 'withdrawn', grantDate: '2024-01-05' });
    const old = await w.registerPatent(patentInput({ filingDate: '2004-02-01' }));
    const expired = await step(await step(old, 'grant', '2006-08-09'), 'expire', '2024-01-31');
    expect(expired.status).toBe('expired');
  });

  it('refuses an action the status does not allow with 409 naming the allowed ones, and writes nothing', async () => {
    const patent = await w.registerPatent(patentInput());
    const res = await w.transitionPatent(patent.id, { action: 'lapse', effectiveDate: '2024-01-01', version: 1 });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('CONFLICT');
    expect(body.message).toContain('allowed: grant, reject, withdraw');
    expect(await eventRows(patent.id)).toBe(1);
    expect((await get(patent.id)).version).toBe(1);
  });

  it('refuses a transition against a stale version with 409, and writes nothing', async () => {
    const patent = await step(await w.registerPatent(patentInput()), 'grant', '2024-01-05');
    const res = await w.transitionPatent(patent.id, { action: 'lapse', effectiveDate: '2024-06-01', version: 1 });
    expect(res.status).toBe(409);
    expect(await eventRows(patent.id)).toBe(2);
    expect((await get(patent.id)).status).toBe('granted');
  });

  it('refuses an effective date before the last event, or in the future, naming the field', async () => {
    const patent = await w.registerPatent(patentInput({ filingDate: '2023-06-15' }));
    const early = await w.transitionPatent(patent.id, { action: 'grant', effectiveDate: '2023-06-14', version: 1 });
    expect(early.status).toBe(400);
    expect(await issuePaths(early)).toEqual(['effectiveDate']);
    const future = await w.transitionPatent(patent.id, { action: 'grant', effectiveDate: '2999-01-01', version: 1 });
    expect(future.status).toBe(400);
    expect(await eventRows(patent.id)).toBe(1);
  });

  it('rejects a malformed transition naming every bad field', async () => {
    const patent = await w.registerPatent(patentInput());
    const res = await w.transitionPatent(patent.id, { action: 'approve', effectiveDate: '2024-02-30', version: 0, extra: 1 });
    expect(res.status).toBe(400);
    expect((await issuePaths(res)).sort()).toEqual(['action', 'effectiveDate', 'extra', 'version']);
  });

  it('lets neither a viewer nor another pillar’s officer record a transition', async () => {
    const patent = await w.registerPatent(patentInput());
    const body = { action: 'grant', effectiveDate: '2024-01-05', version: 1 };
    expect((await w.transitionPatent(patent.id, body, h.viewer)).status).toBe(403);
    expect((await w.transitionPatent(patent.id, body, await h.issuer.mint(['utilization:officer']))).status).toBe(403);
    expect(await eventRows(patent.id)).toBe(1);
  });

  it('answers 404 to a transition on a patent outside the officer’s districts', async () => {
    const patent = await w.registerPatent(patentInput({ district: JINPING }));
    const longhuOfficer = await h.issuer.mint(['creation:officer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    expect((await w.transitionPatent(patent.id, { action: 'grant', effectiveDate: '2024-01-05', version: 1 }, longhuOfficer)).status).toBe(404);
  });

  it('lists patents by status', async () => {
    const granted = await step(await w.registerPatent(patentInput({ district: CHENGHAI })), 'grant', '2024-03-03');
    const page = await json<TPage<TPatent>>(await call(h.service.baseUrl, h.viewer, 'GET', `/patents?status=granted&district=${CHENGHAI}`), 200);
    expect(page.items.map((p) => p.id)).toEqual([granted.id]);
  });
});

describe('correcting a patent', () => {
  it('sets IPC symbols (canonical, without repeats) and the annual-fee paid-until date, bumping the version, audited', async () => {
    const patent = await w.registerPatent(patentInput({ ipcSymbols: ['A23L 13/60'] }));
    expect(patent.ipcSymbols).toEqual(['A23L 13/60']);
    const updated = await json<TPatentDetail>(await patch(patent.id, { version: 1, ipcSymbols: ['a23p 30/10', 'A23P30/10', 'A23L 13/60'], annualFeePaidUntil: '2025-06-14', title: '牛肉丸成型装置' }), 200);
    expect(updated).toMatchObject({ ipcSymbols: ['A23P 30/10', 'A23L 13/60'], annualFeePaidUntil: '2025-06-14', title: '牛肉丸成型装置', version: 2 });
    expect(updated.statusHistory).toHaveLength(1);
    const audited = await h.db.query(`SELECT before->>'title' AS before, after->>'title' AS after FROM audit.events WHERE entity = 'patent' AND entity_id = $1 AND action = 'update'`, [patent.id]);
    expect(audited.rows).toEqual([{ before: '一种潮汕牛肉丸的成型装置', after: '牛肉丸成型装置' }]);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const patent = await w.registerPatent(patentInput());
    await json(await patch(patent.id, { version: 1, title: '第一次修改' }), 200);
    const res = await patch(patent.id, { version: 1, title: '第二次修改' });
    expect(res.status).toBe(409);
    expect(await get(patent.id)).toMatchObject({ title: '第一次修改', version: 2 });
  });

  it('rejects a bad IPC symbol, an empty change and a fixed field, naming them', async () => {
    const patent = await w.registerPatent(patentInput());
    const bad = await patch(patent.id, { version: 1, ipcSymbols: ['H04L 9/32', 'Z99Q 1/00'] });
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(['ipcSymbols.1']);
    expect((await patch(patent.id, { version: 1 })).status).toBe(400);
    expect(await issuePaths(await patch(patent.id, { version: 1, filingDate: '2023-01-01' }))).toContain('filingDate');
    expect((await get(patent.id)).version).toBe(1);
  });

  it('lets a viewer change nothing, and an officer move a patent only within their districts', async () => {
    const patent = await w.registerPatent(patentInput());
    expect((await patch(patent.id, { version: 1, title: 'x' }, h.viewer)).status).toBe(403);
    const longhuOfficer = await h.issuer.mint(['creation:officer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    expect((await patch(patent.id, { version: 1, district: JINPING }, longhuOfficer)).status).toBe(403);
    const moved = await json<TPatentDetail>(await patch(patent.id, { version: 1, district: JINPING }), 200);
    expect(moved.district).toBe(JINPING);
    expect((await h.db.query(`SELECT DISTINCT region_code FROM creation.patent_status_events WHERE patent_id = $1`, [patent.id])).rows).toEqual([{ region_code: JINPING }]);
    expect((await patch(patent.id, { version: 2, title: 'x' }, longhuOfficer)).status).toBe(404);
  });
});
