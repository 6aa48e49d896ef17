import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { TMetricValue, TPatentType } from '@ipbureau/domain';
import { HIGH_VALUE_INVENTIONS, INVENTION_TYPES, PATENT_STATUS_AS_OF } from '../src/high-value/high-value.sql.js';
import { applicationNumber, call, CHENGHAI, JINPING, json, LONGHU, patentInput, startCreation, trademarkInput, writers, type CreationHarness } from './creation-test-kit.js';

/**
 * The stock metrics read day counts kept by triggers (migration StockDayCounts). Whatever is
 * recorded — transitions, back-dated corrections written straight to the events, a district
 * moved, high-value facts added and removed, a mapping edited — every metric must equal the
 * direct count over the events and facts, on every date, and a backfill from the events must
 * rebuild the same counts.
 */
let h: CreationHarness;
let direct: pg.Client;

/** The direct counts the metrics gave before the day counts, over the events and facts themselves. */
const DIRECT: Record<string, { sql: string; flow?: boolean }> = {
  'patents.valid_invention': { sql: `SELECT 1 FROM patents p WHERE ${INVENTION_TYPES} AND p.region_code LIKE $2 AND ${PATENT_STATUS_AS_OF} = 'granted'` },
  'patents.high_value_invention': { sql: HIGH_VALUE_INVENTIONS },
  'patents.granted': { sql: `SELECT 1 FROM patent_status_events e JOIN patents p ON p.id = e.patent_id WHERE e.action = 'grant' AND e.effective_date <= $1::date AND p.region_code LIKE $2` },
  'patents.granted_invention_in_period': {
    sql: `SELECT 1 FROM patent_status_events e JOIN patents p ON p.id = e.patent_id WHERE e.action = 'grant' AND ${INVENTION_TYPES} AND e.effective_date BETWEEN $1::date AND $2::date AND p.region_code LIKE $3`,
    flow: true,
  },
  'trademarks.valid': {
    sql: `SELECT 1 FROM trademarks t WHERE t.region_code LIKE $2
      AND (SELECT e.to_status FROM trademark_status_events e WHERE e.trademark_id = t.id AND e.effective_date <= $1::date ORDER BY e.effective_date DESC, e.seq DESC LIMIT 1) = 'registered'
      AND (SELECT max(e.expiry_date) FROM trademark_status_events e WHERE e.trademark_id = t.id AND e.effective_date <= $1::date) >= $1::date`,
  },
};
const DATES = ['2009-12-31', '2015-03-01', '2018-06-30', '2019-06-01', '2020-04-30', '2020-05-01', '2021-01-01', '2021-03-01', '2022-01-01', '2022-05-01', '2023-07-31', '2023-08-01', '2024-03-31', '2025-01-01', '2026-01-01', '2029-06-15'];
const DISTRICTS = [null, LONGHU, JINPING];

async function patentWith(type: TPatentType, filed: string, events: [string, string][], district = LONGHU, ipc: string[] = []) {
  const w = writers(h);
  let patent = await w.registerPatent(patentInput({ applicationNumber: applicationNumber(type, Number(filed.slice(0, 4))), filingDate: filed, district, ipcSymbols: ipc } as never));
  for (const [action, effectiveDate] of events) patent = await json(await w.transitionPatent(patent.id, { action, effectiveDate, version: patent.version }), 200);
  return patent;
}

/** An event recorded straight into the history (as an import or a correction would), with the next seq. */
async function recordPatentEvent(patentId: string, action: string, toStatus: string, effectiveDate: string) {
  await h.db.query(
    `INSERT INTO creation.patent_status_events (patent_id, seq, action, to_status, effective_date, region_code, created_by)
     SELECT id, (SELECT max(seq) + 1 FROM creation.patent_status_events WHERE patent_id = $1), $2, $3, $4, region_code, created_by FROM creation.patents WHERE id = $1`,
    [patentId, action, toStatus, effectiveDate],
  );
}

/** Every metric on every date and district, from the service and from the direct count. */
async function compare() {
  const served: string[] = [];
  const counted: string[] = [];
  for (const [key, { sql, flow }] of Object.entries(DIRECT)) {
    for (const district of DISTRICTS) {
      const pattern = `${district ?? '4405'}%`;
      for (const date of DATES) {
        const window = flow ? `from=2000-01-01&to=${date}` : `asOf=${date}`;
        const res = await call(h.service.baseUrl, h.viewer, 'GET', `/metrics/${key}?${window}${district ? `&district=${district}` : ''}`);
        served.push(`${key} ${district} ${date} ${(await json<TMetricValue>(res, 200)).value}`);
        const params = flow ? ['2000-01-01', date, pattern] : [date, pattern];
        const { rows } = await direct.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${sql}) c`, params);
        counted.push(`${key} ${district} ${date} ${rows[0]!.n}`);
      }
    }
  }
  expect(served).toEqual(counted);
  return served;
}

beforeAll(async () => {
  h = await startCreation();
  direct = new pg.Client({ connectionString: h.service.databaseUrl, options: '-c search_path=creation' });
  await direct.connect();
});
afterAll(async () => {
  await direct?.end();
  await h?.close();
});

describe('stock day counts', () => {
  it('agree with the direct counts after lapses, restorations, invalidations, back-dated events, moves and high-value facts; a backfill rebuilds them', async () => {
    const lapsed = await patentWith('invention', '2017-05-02', [['grant', '2019-06-01'], ['lapse', '2021-03-01']]);
    const restored = await patentWith('invention', '2016-03-03', [['grant', '2019-01-05'], ['lapse', '2021-01-10'], ['restore', '2021-03-01']], JINPING);
    const invalidated = await patentWith('pct_invention', '2019-08-08', [['grant', '2021-06-01'], ['invalidate', '2023-02-01']]);
    const old = await patentWith('invention', '2009-01-10', [['grant', '2012-04-01']], LONGHU, ['A01B 1/00']);
    const strategic = await patentWith('invention', '2018-02-03', [['grant', '2020-01-10']], JINPING, ['H01M 10/052']);
    const pledged = await patentWith('invention', '2019-03-03', [['grant', '2021-05-05']]);
    await patentWith('utility_model', '2019-11-11', [['grant', '2020-05-01']]);
    await patentWith('invention', '2022-01-04', []);
    const w = writers(h);
    const mark = await w.registerTrademark(trademarkInput({ kind: 'madrid', registrationDate: '2015-03-07' }));
    await json(await w.transitionTrademark(mark.id, { action: 'renew', effectiveDate: '2024-11-20', version: mark.version }), 200);
    const cancelled = await w.registerTrademark(trademarkInput({ kind: 'collective', registrationDate: '2018-01-01', district: JINPING }));
    await json(await w.transitionTrademark(cancelled.id, { action: 'cancel', effectiveDate: '2021-07-01', version: cancelled.version }), 200);
    await w.registerTrademark(trademarkInput({ registrationDate: '2012-04-01' }));
    const before = await compare();

    // Back-dated corrections written straight into the histories: an invalidation effective before
    // the recorded lapse, a lapse inside an earlier valid period, a late grace-period renewal and a
    // same-day pair (the later seq wins).
    await recordPatentEvent(lapsed.id, 'invalidate', 'invalidated', '2020-05-01');
    await recordPatentEvent(restored.id, 'lapse', 'lapsed', '2020-04-30');
    await recordPatentEvent(restored.id, 'restore', 'granted', '2020-04-30');
    await recordPatentEvent(old.id, 'lapse', 'lapsed', '2015-03-01');
    await recordPatentEvent(old.id, 'restore', 'granted', '2018-06-30');
    await h.db.query(
      `INSERT INTO creation.trademark_status_events (trademark_id, seq, action, to_status, effective_date, expiry_date, region_code, created_by)
       SELECT id, 2, 'renew', 'registered', '2022-05-01', '2032-03-31', region_code, created_by FROM creation.trademarks WHERE registration_date = '2012-04-01'`,
    );
    // High-value facts: a pledge registered then released, a family member granted abroad, a national award.
    await h.db.query(`INSERT INTO creation.pledged_rights (pledge_id, right_kind, right_number, registered_on, released_on, region_code) VALUES (gen_random_uuid(), 'patent', $1, '2022-05-01', NULL, $2)`, [pledged.applicationNumber, LONGHU]);
    await h.db.query(`UPDATE creation.pledged_rights SET released_on = '2023-08-01' WHERE right_number = $1`, [pledged.applicationNumber]);
    await h.db.query(`INSERT INTO creation.patent_family_members (patent_id, country, number, grant_date, region_code, created_by) SELECT id, 'US', 'US123', '2023-07-31', region_code, created_by FROM creation.patents WHERE id = $1`, [invalidated.id]);
    await h.db.query(`INSERT INTO creation.patent_awards (patent_id, kind, level, year, grade, region_code, created_by) SELECT id, 'patent_award', 'national', 2020, 'gold', region_code, created_by FROM creation.patents WHERE id = $1`, [restored.id]);
    // A mapping removed (the H01M patent stops being strategic) and one added (A01B becomes strategic), a patent moved district.
    await h.db.query(`DELETE FROM creation.ipc_industry_mappings WHERE ipc_prefix = 'H01M'`);
    await h.db.query(`INSERT INTO creation.ipc_industry_mappings (ipc_prefix, industry_code) VALUES ('A01B 1', '9')`);
    await h.db.query(`UPDATE creation.patents SET region_code = $2 WHERE id = $1`, [strategic.id, CHENGHAI]);
    await h.db.query(`UPDATE creation.trademarks SET region_code = $2 WHERE id = $1`, [cancelled.id, LONGHU]);
    const after = await compare();
    // The corrections moved the figures (so the comparison above covered changes, not a constant).
    expect(after).not.toEqual(before);

    // A backfill from the events (what the migration runs) rebuilds exactly the kept counts.
    const kept = async () => [
      (await direct.query(`SELECT patent_type, day::text, region_code, valid_change, high_value_change, granted FROM patent_daily_counts WHERE valid_change <> 0 OR high_value_change <> 0 OR granted <> 0 ORDER BY 1, 2, 3`)).rows,
      (await direct.query(`SELECT kind, day::text, region_code, valid_change FROM trademark_daily_counts WHERE valid_change <> 0 ORDER BY 1, 2, 3`)).rows,
      (await direct.query(`SELECT patent_type, year::text, region_code, valid_change, high_value_change, granted FROM patent_yearly_counts WHERE valid_change <> 0 OR high_value_change <> 0 OR granted <> 0 ORDER BY 1, 2, 3`)).rows,
      (await direct.query(`SELECT kind, year::text, region_code, valid_change FROM trademark_yearly_counts WHERE valid_change <> 0 ORDER BY 1, 2, 3`)).rows,
    ];
    const incremental = await kept();
    expect(incremental[0]!.length).toBeGreaterThan(10);
    await direct.query(`TRUNCATE patent_stock_changes, patent_daily_counts, patent_yearly_counts, trademark_stock_changes, trademark_daily_counts, trademark_yearly_counts`);
    expect((await direct.query(`SELECT count(*)::int AS n FROM patent_daily_counts`)).rows).toEqual([{ n: 0 }]);
    await direct.query(`SELECT refresh_patent_stock(ARRAY(SELECT id FROM patents))`);
    await direct.query(`SELECT refresh_trademark_stock(ARRAY(SELECT id FROM trademarks))`);
    expect(await kept()).toEqual(incremental);
  });
});
