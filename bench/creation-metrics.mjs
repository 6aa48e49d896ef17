#!/usr/bin/env node
// Benchmark: every creation metric (GET /api/creation/metrics/<key>) at 1,000,000 patents and
// ~350,000 trademarks with realistic status histories, on an embedded PostgreSQL and the real
// creation service. The rows are generated set-based in SQL straight into the service's own
// tables (status-event tables included), so what is timed is the service's own SQL. Prints a
// table of cold (first) and warm (median of 10) latencies; asserts nothing.
// Run after a build:  node bench/creation-metrics.mjs   (IPB_BENCH_PATENTS=100000 for a quick run)
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, makeTempDir, startEmbeddedPostgres } from '@ipbureau/dev-stack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = path.join(root, 'apps/creation-api');
const load = (rel) => import(pathToFileURL(path.join(api, rel)).href);
const { startTestService, TestTokenIssuer } = await load('node_modules/@ipbureau/nest-kit/dist/testing/index.js');
const { createAppModule } = await load('dist/app.module.js');
const { CREATION_SERVICE } = await load('dist/config.js');
const { default: pg } = await load('node_modules/pg/lib/index.js');

const PATENTS = Number(process.env.IPB_BENCH_PATENTS ?? 1_000_000);
const TRADEMARKS = Number(process.env.IPB_BENCH_TRADEMARKS ?? Math.round(PATENTS * 0.35));
const DISTRICTS = ['440507', '440511', '440512', '440513', '440514', '440515', '440523', '440500'];
const TODAY = new Date().toISOString().slice(0, 10);
const PAST = '2020-12-31';
const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const dataDir = await makeTempDir('ipb-creation-bench-');
const pgServer = await startEmbeddedPostgres({ dataDir, port: await freePort() });
const issuer = await TestTokenIssuer.start();
let service;
try {
  service = await startTestService({ adminUrl: pgServer.url, identity: CREATION_SERVICE, createModule: createAppModule, env: { PLATFORM_JWKS_URL: issuer.jwksUrl, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' } });
  const token = await issuer.mint(['creation:viewer'], {}, '4h');
  const db = new pg.Client({ connectionString: service.databaseUrl });
  db.on('error', () => {});
  await db.connect();
  await db.query(`SET search_path TO ${CREATION_SERVICE.schema}`);

  let t = performance.now();
  await generate(db).catch(async (error) => {
    await db.end();
    throw error;
  });
  log(`loaded ${PATENTS.toLocaleString('en')} patents, ${TRADEMARKS.toLocaleString('en')} trademarks in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const counts = (await db.query(`SELECT (SELECT count(*) FROM patent_status_events) AS pe, (SELECT count(*) FROM trademark_status_events) AS te`)).rows[0];
  log(`${Number(counts.pe).toLocaleString('en')} patent status events, ${Number(counts.te).toLocaleString('en')} trademark status events`);
  t = performance.now();
  await db.query('VACUUM ANALYZE');
  log(`VACUUM ANALYZE in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  await db.end();

  const get = async (url) => {
    const started = performance.now();
    const res = await fetch(`${service.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' } });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`${url} → ${res.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, body };
  };
  const catalogue = (await get('/metrics')).body;
  // Stocks and cumulative figures as of a past date and today; flows over 2016–2020 and 2021–today.
  const cases = [
    { label: 'past', query: (m) => (m.semantics === 'flow' ? 'from=2016-01-01&to=2020-12-31' : `asOf=${PAST}`) },
    { label: 'today', query: (m) => (m.semantics === 'flow' ? `from=2021-01-01&to=${TODAY}` : `asOf=${TODAY}`) },
    { label: 'past, district', query: (m) => `${m.semantics === 'flow' ? 'from=2016-01-01&to=2020-12-31' : `asOf=${PAST}`}&district=440507` },
    { label: 'today, district', query: (m) => `${m.semantics === 'flow' ? `from=2021-01-01&to=${TODAY}` : `asOf=${TODAY}`}&district=440507` },
  ];
  const rows = [];
  let worst = 0;
  for (const m of catalogue) {
    for (const c of cases) {
      const url = `/metrics/${m.key}?${c.query(m)}`;
      const cold = await get(url);
      const warm = [];
      for (let i = 0; i < 10; i++) warm.push((await get(url)).ms);
      warm.sort((a, b) => a - b);
      const median = (warm[4] + warm[5]) / 2;
      worst = Math.max(worst, median);
      rows.push([m.key, c.label, String(cold.body.value), cold.ms.toFixed(1), median.toFixed(1), warm.at(-1).toFixed(1)]);
    }
    log(`timed ${m.key}`);
  }
  const head = ['metric', 'window', 'value', 'cold ms', 'warm median ms', 'warm max ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(`\ncreation metrics at ${PATENTS.toLocaleString('en')} patents and ${TRADEMARKS.toLocaleString('en')} trademarks (HTTP round trip, one client)`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`\nslowest warm median: ${worst.toFixed(1)} ms (aim: under 100 ms)`);
} finally {
  await service?.close();
  await issuer.close();
  await pgServer.stop();
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * Patents filed 2000–2026 over eight districts, half inventions; most granted (inventions after
 * 2–4 years, utility models after ~1, designs after ~6 months), a quarter of grants lapsed for
 * non-payment (a fifth of those restored), some invalidated, old ones expired at their term's end.
 * Trademarks registered 2000–2026 for ten years, most renewed at the end of a term, a few
 * cancelled or invalidated. A small share of inventions has high-value facts.
 */
async function generate(db) {
  const q = (sql, params) => db.query(sql, params);
  const creator = '00000000-0000-4000-8000-000000000001';
  const ipc = ['G06F 16/20', 'H01M 10/052', 'A61K 31/00', 'B65D 81/00', 'C12N 15/10', 'F16H 57/00', 'A47J 27/00', 'H04L 9/32', 'E04B 1/00', 'G01N 33/00', 'B25J 9/16', 'A23L 2/00'];

  // The plan of every patent first (dates, type, what happens to it), then the rows from it.
  await q(`
    CREATE TEMP TABLE bench_patents AS
    SELECT gen_random_uuid() AS id, i,
           (ARRAY['invention','invention','invention','invention','pct_invention','utility_model','utility_model','utility_model','design','design'])[1 + i % 10] AS patent_type,
           ($2::text[])[1 + (hashint4(i) & 2147483647) % ${DISTRICTS.length}]::varchar(6) AS region_code,
           ('2000-01-01'::date + ((hashint4(i + 7) & 2147483647) % 9800)) AS filing_date,
           (hashint4(i + 11) & 2147483647) % 1000 AS r1,
           (hashint4(i + 13) & 2147483647) % 1000 AS r2,
           (hashint4(i + 17) & 2147483647) % 1000 AS r3
      FROM generate_series(1, $1::int) AS i`, [PATENTS, DISTRICTS]);
  await q(`
    ALTER TABLE bench_patents ADD COLUMN grant_on date, ADD COLUMN lapse_on date, ADD COLUMN restore_on date, ADD COLUMN invalidate_on date, ADD COLUMN expire_on date, ADD COLUMN end_on date, ADD COLUMN end_action text`);
  await q(`
    UPDATE bench_patents SET grant_on = CASE WHEN r1 < 750 THEN filing_date + CASE WHEN patent_type LIKE '%invention' THEN 700 + r2 ELSE CASE WHEN patent_type = 'design' THEN 150 + r2 % 120 ELSE 300 + r2 % 200 END END END`);
  await q(`UPDATE bench_patents SET grant_on = NULL WHERE grant_on > CURRENT_DATE`);
  await q(`
    UPDATE bench_patents SET
      lapse_on = CASE WHEN grant_on IS NOT NULL AND r3 < 250 THEN grant_on + 365 + r3 * 12 END,
      invalidate_on = CASE WHEN grant_on IS NOT NULL AND r3 BETWEEN 250 AND 279 THEN grant_on + 200 + r3 END,
      expire_on = CASE WHEN grant_on IS NOT NULL THEN (filing_date + CASE WHEN patent_type LIKE '%invention' THEN interval '20 years' WHEN patent_type = 'design' THEN interval '15 years' ELSE interval '10 years' END)::date END,
      end_action = CASE WHEN grant_on IS NULL AND r1 < 850 THEN 'reject' WHEN grant_on IS NULL AND r1 < 900 THEN 'withdraw' END`);
  await q(`UPDATE bench_patents SET lapse_on = NULL WHERE lapse_on > CURRENT_DATE OR lapse_on >= expire_on`);
  await q(`UPDATE bench_patents SET invalidate_on = NULL WHERE invalidate_on > CURRENT_DATE OR invalidate_on >= expire_on`);
  await q(`UPDATE bench_patents SET restore_on = lapse_on + 90 WHERE lapse_on IS NOT NULL AND r2 < 200 AND lapse_on + 90 < LEAST(CURRENT_DATE, expire_on)`);
  await q(`UPDATE bench_patents SET expire_on = NULL WHERE expire_on > CURRENT_DATE OR (lapse_on IS NOT NULL AND restore_on IS NULL) OR invalidate_on IS NOT NULL`);
  await q(`UPDATE bench_patents SET end_on = filing_date + 400 + r2 WHERE end_action IS NOT NULL`);
  await q(`UPDATE bench_patents SET end_action = NULL, end_on = NULL WHERE end_on > CURRENT_DATE`);

  await q(`
    INSERT INTO patents (id, application_number, patent_type, title, applicant_name, applicant_credit_code, filing_date, status, region_code, created_by, grant_date, ipc_symbols, annual_fee_paid_until)
    SELECT id,
           extract(year FROM filing_date)::text || CASE WHEN patent_type LIKE '%invention' THEN '1' WHEN patent_type = 'design' THEN '3' ELSE '2' END || lpad(i::text, 7, '0') || '.' || (i % 10)::text,
           patent_type, '一种基准测试用的装置及方法 ' || i, '汕头市基准科技有限公司' || (i % 5000), NULL, filing_date,
           CASE WHEN invalidate_on IS NOT NULL THEN 'invalidated' WHEN expire_on IS NOT NULL THEN 'expired' WHEN lapse_on IS NOT NULL AND restore_on IS NULL THEN 'lapsed'
                WHEN grant_on IS NOT NULL THEN 'granted' WHEN end_action = 'reject' THEN 'rejected' WHEN end_action = 'withdraw' THEN 'withdrawn' ELSE 'pending' END,
           region_code, '${creator}', grant_on,
           ARRAY[($1::text[])[1 + r1 % 12], ($1::text[])[1 + r2 % 12]]::varchar(24)[],
           CASE WHEN grant_on IS NOT NULL THEN (CURRENT_DATE + (r3 % 300) - 60) END
      FROM bench_patents`, [ipc]);
  log('patents inserted');

  // Status events, in the order they happened (seq 1, 2, …).
  await q(`
    INSERT INTO patent_status_events (patent_id, seq, action, from_status, to_status, effective_date, region_code, created_by)
    SELECT id, row_number() OVER (PARTITION BY id ORDER BY d, k), action, lag(to_status) OVER (PARTITION BY id ORDER BY d, k), to_status, d, region_code, '${creator}'
      FROM (
        SELECT id, region_code, filing_date AS d, 0 AS k, 'file' AS action, 'pending' AS to_status FROM bench_patents
        UNION ALL SELECT id, region_code, grant_on, 1, 'grant', 'granted' FROM bench_patents WHERE grant_on IS NOT NULL
        UNION ALL SELECT id, region_code, end_on, 1, end_action, CASE end_action WHEN 'reject' THEN 'rejected' ELSE 'withdrawn' END FROM bench_patents WHERE end_action IS NOT NULL
        UNION ALL SELECT id, region_code, lapse_on, 2, 'lapse', 'lapsed' FROM bench_patents WHERE lapse_on IS NOT NULL
        UNION ALL SELECT id, region_code, restore_on, 3, 'restore', 'granted' FROM bench_patents WHERE restore_on IS NOT NULL
        UNION ALL SELECT id, region_code, invalidate_on, 4, 'invalidate', 'invalidated' FROM bench_patents WHERE invalidate_on IS NOT NULL
        UNION ALL SELECT id, region_code, expire_on, 5, 'expire', 'expired' FROM bench_patents WHERE expire_on IS NOT NULL
      ) e`);
  log('patent status events inserted');

  // High-value facts for a few inventions: family members abroad, national awards, pledges.
  await q(`
    INSERT INTO patent_family_members (patent_id, country, number, grant_date, region_code, created_by)
    SELECT id, 'US', 'US' || i, grant_on + 300, region_code, '${creator}' FROM bench_patents WHERE patent_type LIKE '%invention' AND grant_on IS NOT NULL AND r2 % 40 = 0`);
  await q(`
    INSERT INTO patent_awards (patent_id, kind, level, year, grade, region_code, created_by)
    SELECT id, 'patent_award', 'national', least(2025, extract(year FROM grant_on)::int + 2), 'excellence', region_code, '${creator}'
      FROM bench_patents WHERE patent_type LIKE '%invention' AND grant_on IS NOT NULL AND r3 % 500 = 1`);
  await q(`
    INSERT INTO pledged_rights (pledge_id, right_kind, right_number, registered_on, released_on, region_code)
    SELECT gen_random_uuid(), 'patent', p.application_number, b.grant_on + 400, CASE WHEN b.r1 % 2 = 0 THEN b.grant_on + 1500 END, b.region_code
      FROM bench_patents b JOIN patents p ON p.id = b.id WHERE b.patent_type LIKE '%invention' AND b.grant_on IS NOT NULL AND b.r2 % 50 = 7`);

  // Trademarks: registered for ten years, renewed term by term (70% each time), a few cancelled or invalidated.
  await q(`
    CREATE TEMP TABLE bench_marks AS
    SELECT gen_random_uuid() AS id, i,
           (CASE WHEN i % 100 < 88 THEN 'ordinary' WHEN i % 100 < 92 THEN 'collective' WHEN i % 100 < 94 THEN 'certification' ELSE 'madrid' END) AS kind,
           ($2::text[])[1 + (hashint4(i + 3) & 2147483647) % ${DISTRICTS.length}]::varchar(6) AS region_code,
           ('2000-01-01'::date + ((hashint4(i + 5) & 2147483647) % 9800)) AS registration_date,
           (hashint4(i + 19) & 2147483647) % 1000 AS r1,
           (hashint4(i + 23) & 2147483647) % 1000 AS r2
      FROM generate_series(1, $1::int) AS i`, [TRADEMARKS, DISTRICTS]);
  await q(`ALTER TABLE bench_marks ADD COLUMN renewals int, ADD COLUMN end_on date, ADD COLUMN end_action text`);
  // Terms ending before today were renewed with 70% chance each; the count of renewals that happened.
  await q(`
    UPDATE bench_marks SET renewals = CASE
      WHEN (registration_date + interval '10 years')::date > CURRENT_DATE + 180 OR r1 >= 700 THEN 0
      WHEN (registration_date + interval '20 years')::date > CURRENT_DATE + 180 OR r2 >= 700 THEN 1 ELSE 2 END`);
  await q(`
    UPDATE bench_marks SET end_action = CASE WHEN r2 % 100 < 5 THEN 'cancel' WHEN r2 % 100 < 7 THEN 'invalidate' END,
                           end_on = registration_date + 200 + r1 * 3`);
  await q(`UPDATE bench_marks SET end_action = NULL WHERE end_on > CURRENT_DATE`);
  await q(`UPDATE bench_marks SET renewals = 0 WHERE end_action IS NOT NULL`);
  await q(`
    INSERT INTO trademarks (id, registration_number, nice_classes, holder_name, kind, registration_date, expiry_date, status, region_code, created_by)
    SELECT id, lpad(i::text, 8, '0'), ARRAY[1 + i % 45]::smallint[], '汕头市基准商贸有限公司' || (i % 5000), kind, registration_date,
           (registration_date + (10 * (renewals + 1)) * interval '1 year')::date,
           CASE end_action WHEN 'cancel' THEN 'cancelled' WHEN 'invalidate' THEN 'invalidated' ELSE 'registered' END,
           region_code, '${creator}'
      FROM bench_marks`);
  await q(`
    INSERT INTO trademark_status_events (trademark_id, seq, action, from_status, to_status, effective_date, expiry_date, region_code, created_by)
    SELECT id, row_number() OVER (PARTITION BY id ORDER BY d, k), action, CASE WHEN k > 0 THEN 'registered' END, to_status, d, expiry, region_code, '${creator}'
      FROM (
        SELECT id, region_code, registration_date AS d, 0 AS k, 'register' AS action, 'registered' AS to_status, (registration_date + interval '10 years')::date AS expiry FROM bench_marks
        UNION ALL SELECT id, region_code, (registration_date + interval '10 years')::date - 90, 1, 'renew', 'registered', (registration_date + interval '20 years')::date FROM bench_marks WHERE renewals >= 1
        UNION ALL SELECT id, region_code, (registration_date + interval '20 years')::date - 90, 2, 'renew', 'registered', (registration_date + interval '30 years')::date FROM bench_marks WHERE renewals >= 2
        UNION ALL SELECT id, region_code, end_on, 3, end_action, CASE end_action WHEN 'cancel' THEN 'cancelled' ELSE 'invalidated' END, NULL FROM bench_marks WHERE end_action IS NOT NULL
      ) e`);
  log('trademarks and their status events inserted');
}
