import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventQueue, ZEventEnvelope, type TEventEnvelope } from '@ipbureau/domain';
import type { TPatentDetail } from '@ipbureau/domain/creation';
import { AlertScanner } from '@ipbureau/nest-kit';
import { call, json, patentInput, startCreation, trademarkInput, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;

beforeAll(async () => {
  h = await startCreation();
});
afterAll(async () => {
  await h?.close();
});

/** The alerts creation has published for platform-api about one record (by its page link). */
async function alertsAbout(id: string): Promise<TEventEnvelope[]> {
  const { rows } = await h.db.query<{ data: unknown }>(
    `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'type' = 'alert.raised' AND data->'data'->>'link' LIKE '%' || $2 ORDER BY created_on`,
    [eventQueue('platform'), id],
  );
  return rows.map((r) => ZEventEnvelope.parse(r.data));
}

const scanAt = (today: string) => h.service.app.get(AlertScanner).runOnce(today);

describe('alerts on rights that lapse unless someone acts', () => {
  it('tells the officers of a granted patent’s annual fee 60 days ahead, then in the six-month grace period, and stops once paid', async () => {
    const w = writers(h);
    const filed = await w.registerPatent(patentInput({ filingDate: '2019-03-10' }));
    let patent = await json<TPatentDetail>(await w.transitionPatent(filed.id, { action: 'grant', effectiveDate: '2021-07-02', version: filed.version }), 200);
    patent = await json<TPatentDetail>(await call(h.service.baseUrl, h.officer, 'PATCH', `/patents/${patent.id}`, { annualFeePaidUntil: '2026-03-09', version: patent.version }), 200);

    await scanAt('2026-01-07');
    expect(await alertsAbout(patent.id)).toEqual([]);

    await scanAt('2026-01-08');
    const [due] = await alertsAbout(patent.id);
    expect(due?.data).toMatchObject({ kind: 'patent.annual_fee_due', severity: 'warning', dueDate: '2026-03-09', audience: { module: 'creation', level: 'officer' } });
    expect(due?.regionCode).toBe(patent.district);

    await scanAt('2026-03-10');
    const grace = (await alertsAbout(patent.id)).find((e) => e.data.kind === 'patent.annual_fee_grace');
    expect(grace?.data).toMatchObject({ severity: 'danger', dueDate: '2026-09-09' });
    expect((grace?.data.body as { 'zh-CN': string })['zh-CN']).toContain('2026-09-09 前补缴');

    // Paid for the next year: nothing is due until 60 days before 2027-03-09.
    await json(await call(h.service.baseUrl, h.officer, 'PATCH', `/patents/${patent.id}`, { annualFeePaidUntil: '2027-03-09', version: patent.version }), 200);
    const before = (await alertsAbout(patent.id)).length;
    await scanAt('2026-03-11');
    expect(await alertsAbout(patent.id)).toHaveLength(before);
  });

  it('tells of a pending application nothing, however its dates fall', async () => {
    const pending = await writers(h).registerPatent(patentInput({ filingDate: '2016-01-05' }));
    await h.db.query(`UPDATE creation.patents SET annual_fee_paid_until = '2026-02-01' WHERE id = $1`, [pending.id]);
    await scanAt('2026-01-20');
    expect(await alertsAbout(pending.id)).toEqual([]);
  });

  it('tells of a trademark’s term ending six months ahead and during the renewal grace period', async () => {
    const mark = await writers(h).registerTrademark(trademarkInput({ registrationDate: '2016-09-14' }));
    const expiry = mark.expiryDate;
    expect(expiry).toBe('2026-09-13');

    await scanAt('2026-03-12');
    expect(await alertsAbout(mark.id)).toEqual([]);
    await scanAt('2026-03-13');
    expect((await alertsAbout(mark.id)).map((e) => e.data.kind)).toEqual(['trademark.expiry_near']);

    await scanAt('2026-10-01');
    const kinds = (await alertsAbout(mark.id)).map((e) => e.data.kind);
    expect(kinds).toContain('trademark.renewal_grace');

    // After the grace period the mark is simply no longer valid: nothing more to tell.
    const count = (await alertsAbout(mark.id)).length;
    await scanAt('2027-03-14');
    expect(await alertsAbout(mark.id)).toHaveLength(count);
  });
});
