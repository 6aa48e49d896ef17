import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPage } from '@ipbureau/domain';
import type { TTrademark, TTrademarkDetail } from '@ipbureau/domain/creation';
import { call, issuePaths, JINPING, json, LONGHU, startCreation, trademarkInput, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;
let w: ReturnType<typeof writers>;

beforeAll(async () => {
  h = await startCreation();
  w = writers(h);
});
afterAll(async () => {
  await h?.close();
});

const post = (body: unknown, token = h.officer) => call(h.service.baseUrl, token, 'POST', '/trademarks', body);
const get = async (id: string) => json<TTrademarkDetail>(await call(h.service.baseUrl, h.viewer, 'GET', `/trademarks/${id}`), 200);
const list = async (query: string, token = h.viewer) => json<TPage<TTrademark>>(await call(h.service.baseUrl, token, 'GET', `/trademarks?${query}`), 200);
const patch = (id: string, body: unknown, token = h.officer) => call(h.service.baseUrl, token, 'PATCH', `/trademarks/${id}`, body);
const rows = async (number: unknown) => (await h.db.query(`SELECT 1 FROM creation.trademarks WHERE registration_number = $1`, [number])).rowCount;

describe('recording a trademark', () => {
  it('computes the ten-year expiry, sorts the Nice classes, starts the history with the registration, and audits it', async () => {
    const mark = await w.registerTrademark(trademarkInput({ registrationDate: '2015-03-07', niceClasses: [30, 29], kind: 'collective', wellKnown: true }));
    expect(mark).toMatchObject({ expiryDate: '2025-03-06', niceClasses: [29, 30], kind: 'collective', status: 'registered', wellKnown: true, version: 1, allowedActions: ['renew', 'cancel', 'invalidate'] });
    expect(mark.statusHistory).toMatchObject([{ seq: 1, action: 'register', toStatus: 'registered', effectiveDate: '2015-03-07', expiryDate: '2025-03-06' }]);
    expect(await get(mark.id)).toEqual(mark);
    const audited = await h.db.query(`SELECT action FROM audit.events WHERE entity = 'trademark' AND entity_id = $1`, [mark.id]);
    expect(audited.rows).toEqual([{ action: 'create' }]);
  });

  it('rejects a bad number, Nice class 46, a repeated class, an unknown kind and a future date, naming each, and writes nothing', async () => {
    const res = await post(trademarkInput({ registrationNumber: '0123', niceClasses: [46, 3, 3], kind: 'famous' as never }));
    expect(res.status).toBe(400);
    expect((await issuePaths(res)).sort()).toEqual(['kind', 'niceClasses', 'niceClasses.0', 'registrationNumber']);
    const future = trademarkInput({ registrationDate: '2999-01-01' });
    const late = await post(future);
    expect(late.status).toBe(400);
    expect(await issuePaths(late)).toEqual(['registrationDate']);
    expect(await rows(future.registrationNumber)).toBe(0);
  });

  it('refuses a second record of the same registration number with 409', async () => {
    const mark = await w.registerTrademark(trademarkInput());
    expect((await post(trademarkInput({ registrationNumber: ` ${mark.registrationNumber} ` }))).status).toBe(409);
    expect(await rows(mark.registrationNumber)).toBe(1);
  });

  it('lets neither a viewer nor another pillar’s officer record one', async () => {
    const body = trademarkInput();
    expect((await post(body, h.viewer)).status).toBe(403);
    expect((await post(body, await h.issuer.mint(['protection:officer']))).status).toBe(403);
    expect(await rows(body.registrationNumber)).toBe(0);
  });
});

describe('listing trademarks', () => {
  it('filters by kind, Nice class, district and holder, within the caller’s districts', async () => {
    const madrid = await w.registerTrademark(trademarkInput({ kind: 'madrid', niceClasses: [28], holderName: '汕头市澄海区玩具实业有限公司', district: JINPING }));
    const ordinary = await w.registerTrademark(trademarkInput({ niceClasses: [29] }));
    expect((await list('kind=madrid')).items.map((t) => t.id)).toEqual([madrid.id]);
    expect((await list('niceClass=28')).items.map((t) => t.id)).toEqual([madrid.id]);
    expect((await list(`q=${encodeURIComponent('玩具实业')}`)).items.map((t) => t.id)).toEqual([madrid.id]);
    expect((await list(`q=${madrid.registrationNumber}`)).items.map((t) => t.id)).toEqual([madrid.id]);
    const longhuOnly = await h.issuer.mint(['creation:viewer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    const scoped = await list('pageSize=200', longhuOnly);
    expect(scoped.items.map((t) => t.id)).toContain(ordinary.id);
    expect(scoped.items.every((t) => t.district === LONGHU)).toBe(true);
    expect((await call(h.service.baseUrl, longhuOnly, 'GET', `/trademarks/${madrid.id}`)).status).toBe(404);
  });
});

describe('a trademark’s status over time', () => {
  it('renews inside the window for ten more years from the day after expiry', async () => {
    const mark = await w.registerTrademark(trademarkInput({ registrationDate: '2015-03-07' }));
    const renewed = await json<TTrademarkDetail>(await w.transitionTrademark(mark.id, { action: 'renew', effectiveDate: '2024-11-20', version: 1, note: '续展注册证明' }), 200);
    expect(renewed).toMatchObject({ status: 'registered', expiryDate: '2035-03-06', registrationDate: '2015-03-07', version: 2 });
    expect(renewed.statusHistory.at(-1)).toMatchObject({ action: 'renew', effectiveDate: '2024-11-20', expiryDate: '2035-03-06', note: '续展注册证明' });
  });

  it('refuses a renewal before the window opens or after the grace period, naming the date', async () => {
    const mark = await w.registerTrademark(trademarkInput({ registrationDate: '2015-03-07' }));
    const early = await w.transitionTrademark(mark.id, { action: 'renew', effectiveDate: '2024-03-06', version: 1 });
    expect(early.status).toBe(400);
    expect(await issuePaths(early)).toEqual(['effectiveDate']);
    expect((await w.transitionTrademark(mark.id, { action: 'renew', effectiveDate: '2025-09-07', version: 1 })).status).toBe(400);
    expect((await w.transitionTrademark(mark.id, { action: 'renew', effectiveDate: '2025-09-06', version: 1 })).status).toBe(200);
  });

  it('is cancelled, after which nothing more is allowed (409 naming none)', async () => {
    const mark = await w.registerTrademark(trademarkInput());
    const cancelled = await json<TTrademarkDetail>(await w.transitionTrademark(mark.id, { action: 'cancel', effectiveDate: '2023-04-01', version: 1 }), 200);
    expect(cancelled).toMatchObject({ status: 'cancelled', allowedActions: [] });
    const again = await w.transitionTrademark(mark.id, { action: 'invalidate', effectiveDate: '2023-05-01', version: 2 });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain('allowed: none');
  });

  it('is invalidated, and refuses a stale version or an out-of-order date', async () => {
    const mark = await w.registerTrademark(trademarkInput({ registrationDate: '2020-05-14' }));
    expect((await w.transitionTrademark(mark.id, { action: 'invalidate', effectiveDate: '2020-05-13', version: 1 })).status).toBe(400);
    expect((await w.transitionTrademark(mark.id, { action: 'invalidate', effectiveDate: '2022-01-01', version: 7 })).status).toBe(409);
    const invalidated = await json<TTrademarkDetail>(await w.transitionTrademark(mark.id, { action: 'invalidate', effectiveDate: '2022-01-01', version: 1 }), 200);
    expect(invalidated.status).toBe('invalidated');
    expect(invalidated.statusHistory).toHaveLength(2);
  });

  it('lets a viewer record no transition', async () => {
    const mark = await w.registerTrademark(trademarkInput());
    expect((await w.transitionTrademark(mark.id, { action: 'cancel', effectiveDate: '2023-04-01', version: 1 }, h.viewer)).status).toBe(403);
    expect((await get(mark.id)).status).toBe('registered');
  });
});

describe('correcting a trademark', () => {
  it('changes the holder and the well-known flag against the version read, and refuses a stale one', async () => {
    const mark = await w.registerTrademark(trademarkInput());
    const updated = await json<TTrademarkDetail>(await patch(mark.id, { version: 1, holderName: '汕头市新名称有限公司', wellKnown: true, niceClasses: [43, 29] }), 200);
    expect(updated).toMatchObject({ holderName: '汕头市新名称有限公司', wellKnown: true, niceClasses: [29, 43], version: 2 });
    expect((await patch(mark.id, { version: 1, wellKnown: false })).status).toBe(409);
    expect((await get(mark.id)).wellKnown).toBe(true);
    expect((await patch(mark.id, { version: 2, registrationDate: '2020-01-01' })).status).toBe(400);
    expect((await patch(mark.id, { version: 2, wellKnown: false }, h.viewer)).status).toBe(403);
  });
});
