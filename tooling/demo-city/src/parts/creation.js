// Creation pillar: patents and trademarks with their dated status events, set-based in SQL.
import { readFileSync } from 'node:fs';
import { ALL_GRANTS, HORIZON, INVENTION_GRANTS, PLAN_2020, UNGRANTED_FILINGS_AFTER_2020, inventionCohorts, otherGrantCohorts, trademarkCohorts } from '../figures.js';
import { DESIGN_TITLES, IPC_TOPICS, NICE_WEIGHTS } from '../names.js';

/**
 * With DEMO_CITY_TIMING=1, each statement's wall time on stderr, and the CPU time its server
 * process spent (from /proc when the database runs on this machine): on a shared machine the wall
 * time moves with the neighbours' load, the CPU time much less (tuning aid).
 */
function timed(client) {
  if (process.env.DEMO_CITY_TIMING !== '1') return client;
  let pid;
  const cpu = () => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks a second
    } catch {
      return NaN;
    }
  };
  return {
    query: async (sql, params) => {
      pid ??= (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const t = Date.now();
      const c = cpu();
      const result = await client.query(sql, params);
      process.stderr.write(`  ${Date.now() - t} ms (cpu ${cpu() - c} ms)  ${sql.trim().split('\n')[0].slice(0, 80)}\n`);
      return result;
    },
  };
}

/** Cohorts with the first global serial of each (rows are numbered base+1 … base+n). */
function numbered(cohorts, start = 0) {
  let base = start;
  return cohorts.map((c) => {
    const row = { ...c, base };
    base += c.n;
    return row;
  });
}

/** The last day of `year` on which the demo records anything. */
const YEAR_END = (y) => `LEAST(make_date(${y}, 12, 31), DATE '${HORIZON}')`;

const PATENTS = `
CREATE TEMP TABLE demo_patent_rows ON COMMIT DROP AS
WITH c AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS c(type text, "grantYear" int, n int, fate text, "fateYear" int, base bigint)
), g AS (
  SELECT c.base + i AS n, c.type, c."grantYear" AS gy, c.fate, c."fateYear" AS fy FROM c, generate_series(1, c.n) i
), dated AS (
  SELECT g.*,
         make_date(gy, 1, 1) + floor(pg_temp.demo_rand(n, 1) * (${YEAR_END('gy')} - make_date(gy, 1, 1) + 1))::int AS grant_date,
         CASE type WHEN 'invention' THEN pg_temp.demo_int(n, 2, 700, 1600)
                   WHEN 'utility_model' THEN pg_temp.demo_int(n, 2, 180, 420)
                   ELSE pg_temp.demo_int(n, 2, 150, 330) END AS lag,
         CASE WHEN fy IS NULL THEN NULL
              ELSE make_date(fy, 1, 1) + floor(pg_temp.demo_rand(n, 3) * (${YEAR_END('fy')} - make_date(fy, 1, 1) + 1))::int END AS planned_end
    FROM g
), terms AS (
  SELECT d.*, grant_date - lag AS filing_date,
         ((grant_date - lag) + CASE WHEN type = 'invention' THEN interval '20 years'
                                    WHEN type = 'design' AND grant_date - lag >= DATE '2021-06-01' THEN interval '15 years'
                                    ELSE interval '10 years' END)::date AS term_end
    FROM dated d
), fated AS (
  -- Inventions end as their cohort says; utility models and designs lapse with a 55% chance at a
  -- drawn point of their term. Whatever is still in force at the end of its term expires.
  SELECT t.*,
         CASE WHEN type = 'invention' THEN planned_end
              WHEN pg_temp.demo_rand(n, 4) < 0.55
                THEN grant_date + 365 + floor(pg_temp.demo_rand(n, 5) * GREATEST(term_end - grant_date - 365, 1))::int
         END AS end_drawn
    FROM terms t
)
SELECT n, type, filing_date, grant_date,
       CASE WHEN end_drawn IS NOT NULL AND end_drawn < term_end AND end_drawn <= DATE '${HORIZON}' THEN COALESCE(fate, 'lapse')
            WHEN term_end <= DATE '${HORIZON}' THEN 'expire' END AS end_action,
       CASE WHEN end_drawn IS NOT NULL AND end_drawn < term_end AND end_drawn <= DATE '${HORIZON}' THEN end_drawn
            WHEN term_end <= DATE '${HORIZON}' THEN term_end END AS end_date
  FROM fated`;

/**
 * Applications that were never granted: those filed in 2016–2020 make the plan's 89,715 (6,426
 * inventions) together with the granted ones filed then; later years add a steady flow. Rejected
 * or withdrawn after examination, or still pending at the horizon.
 */
const UNGRANTED = `
INSERT INTO demo_patent_rows (n, type, filing_date, grant_date, end_action, end_date)
WITH wanted AS (
  SELECT 'invention' AS type, $1::int - (SELECT count(*) FROM demo_patent_rows WHERE type = 'invention' AND filing_date BETWEEN '2016-01-01' AND '2020-12-31')::int AS n, 2016 AS y0, 5 AS years
  UNION ALL
  SELECT 'other', $2::int - (SELECT count(*) FROM demo_patent_rows WHERE type <> 'invention' AND filing_date BETWEEN '2016-01-01' AND '2020-12-31')::int, 2016, 5
  UNION ALL SELECT 'invention', $3::int * 6, 2021, 6
  UNION ALL SELECT 'utility_model', $4::int * 6, 2021, 6
  UNION ALL SELECT 'design', $5::int * 6, 2021, 6
), numbered AS (
  SELECT w.*, sum(w.n) OVER (ORDER BY w.y0, w.type) - w.n + (SELECT max(n) FROM demo_patent_rows) AS base FROM wanted w
), g AS (
  SELECT base + i AS n, CASE WHEN type = 'other' THEN CASE WHEN i % 20 < 11 THEN 'design' ELSE 'utility_model' END ELSE type END AS type,
         y0 + (i % years)::int AS fy
    FROM numbered, generate_series(1, n) i
), dated AS (
  SELECT n, type, make_date(fy, 1, 1) + floor(pg_temp.demo_rand(n, 11) * (${YEAR_END('fy')} - make_date(fy, 1, 1) + 1))::int AS filing_date,
         CASE WHEN pg_temp.demo_rand(n, 12) < 0.45 THEN 'reject' ELSE 'withdraw' END AS end_action,
         CASE WHEN type = 'invention' THEN pg_temp.demo_int(n, 13, 420, 1100) ELSE pg_temp.demo_int(n, 13, 150, 400) END AS lag
    FROM g
)
SELECT n, type, filing_date, NULL,
       CASE WHEN filing_date + lag <= DATE '${HORIZON}' THEN end_action END,
       CASE WHEN filing_date + lag <= DATE '${HORIZON}' THEN filing_date + lag END
  FROM dated`;

const TYPE_DIGIT = `CASE r.type WHEN 'invention' THEN 1 WHEN 'utility_model' THEN 2 ELSE 3 END`;

/** Ids of the demo's rows: tag-0000-4000-8000-<n>, one tag per table. */
export const ID_TAGS = { patent: 0xde700001, patentEvent: 0xde700002, trademark: 0xde700003, trademarkEvent: 0xde700004 };

/** Every column of the patents, computed once; then both inserts are plain ordered copies. */
const PATENT_FULL = `
CREATE TEMP TABLE demo_patents ON COMMIT DROP AS
SELECT r.n, pg_temp.demo_id(${ID_TAGS.patent}, r.n) AS id,
       pg_temp.demo_patent_number(extract(year FROM r.filing_date)::int, ${TYPE_DIGIT}, (r.n * 7919) % 9000000 + 1000000) AS application_number,
       r.type AS patent_type,
       CASE WHEN r.type = 'design' THEN dt.title ELSE tp.title END AS title,
       COALESCE(o.name, p.name) AS applicant_name, o.credit_code AS applicant_credit_code, r.filing_date,
       CASE r.end_action WHEN 'lapse' THEN 'lapsed' WHEN 'invalidate' THEN 'invalidated' WHEN 'expire' THEN 'expired'
                         WHEN 'reject' THEN 'rejected' WHEN 'withdraw' THEN 'withdrawn'
                         ELSE CASE WHEN r.grant_date IS NULL THEN 'pending' ELSE 'granted' END END AS status,
       COALESCE(o.district, p.district) AS region_code, r.grant_date,
       CASE WHEN r.type = 'design' THEN '{}'::varchar[] ELSE ARRAY[tp.ipc]::varchar[] END AS ipc_symbols,
       r.end_action, r.end_date
  FROM demo_patent_rows r
  LEFT JOIN demo_orgs o ON pg_temp.demo_rand(r.n, 21) < 0.82 AND o.i = pg_temp.demo_int(r.n, 22, 0, $1 - 1)
  JOIN demo_people p ON p.i = pg_temp.demo_int(r.n, 23, 0, $2 - 1)
  JOIN demo_topics tp ON tp.i = pg_temp.demo_int(r.n, 24, 0, $3 - 1)
  JOIN demo_design_titles dt ON dt.i = pg_temp.demo_int(r.n, 25, 0, $4 - 1)`;

const INSERT_PATENTS = `
INSERT INTO creation.patents (id, application_number, patent_type, title, applicant_name, applicant_credit_code, filing_date, status,
                              region_code, department_id, created_by, grant_date, ipc_symbols, annual_fee_paid_until, version)
SELECT id, application_number, patent_type, title, applicant_name, applicant_credit_code, filing_date, status,
       region_code, NULL, $1::uuid, grant_date, ipc_symbols, NULL, 1
  FROM demo_patents ORDER BY n`;

const INSERT_PATENT_EVENTS = `
INSERT INTO creation.patent_status_events (id, patent_id, seq, action, from_status, to_status, effective_date, note, region_code, created_by)
SELECT pg_temp.demo_id(${ID_TAGS.patentEvent}, r.n * 4 + e.seq), r.id, e.seq, e.action, e.from_status, e.to_status, e.effective_date, NULL, r.region_code, $1::uuid
  FROM demo_patents r
  CROSS JOIN LATERAL (VALUES
    (1, 'file', NULL, 'pending', r.filing_date),
    (2, CASE WHEN r.grant_date IS NOT NULL THEN 'grant' ELSE r.end_action END, 'pending',
        CASE WHEN r.grant_date IS NOT NULL THEN 'granted' WHEN r.end_action = 'reject' THEN 'rejected' ELSE 'withdrawn' END,
        COALESCE(r.grant_date, r.end_date)),
    (3, r.end_action, 'granted',
        CASE r.end_action WHEN 'lapse' THEN 'lapsed' WHEN 'invalidate' THEN 'invalidated' ELSE 'expired' END, r.end_date)
  ) AS e(seq, action, from_status, to_status, effective_date)
 WHERE e.seq = 1
    OR (e.seq = 2 AND e.effective_date IS NOT NULL)
    OR (e.seq = 3 AND r.grant_date IS NOT NULL AND r.end_date IS NOT NULL)
 ORDER BY r.n, e.seq`;

const TRADEMARKS = `
CREATE TEMP TABLE demo_trademark_rows ON COMMIT DROP AS
WITH c AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS c(kind text, "regYear" int, n int, renewals int, "cancelYear" int, base bigint)
), g AS (
  SELECT c.base + i AS n, c.kind, c."regYear" AS ry, c.renewals, c."cancelYear" AS cy FROM c, generate_series(1, c.n) i
), dated AS (
  -- Registered from 2 January on, so the first term always ends in the tenth year after.
  SELECT g.*, make_date(ry, 1, 2) + floor(pg_temp.demo_rand(n, 31) * (${YEAR_END('ry')} - make_date(ry, 1, 2) + 1))::int AS reg_date
    FROM g
), terms AS (
  SELECT d.*, (reg_date + interval '10 years')::date - 1 AS expiry1 FROM dated d
), renewals AS (
  SELECT t.*, (expiry1 + interval '10 years')::date AS expiry2, (expiry1 + interval '20 years')::date AS expiry3,
         expiry1 - pg_temp.demo_int(n, 32, 30, 330) AS renew1_on
    FROM terms t
)
SELECT n, kind, reg_date, expiry1,
       CASE WHEN renewals >= 1 AND renew1_on <= DATE '${HORIZON}' THEN renew1_on END AS renew1_on, expiry2,
       CASE WHEN renewals >= 2 AND expiry2 - pg_temp.demo_int(n, 33, 30, 330) <= DATE '${HORIZON}'
            THEN expiry2 - pg_temp.demo_int(n, 33, 30, 330) END AS renew2_on, expiry3,
       CASE WHEN cy IS NOT NULL THEN make_date(cy, 1, 1) + floor(pg_temp.demo_rand(n, 34) * (${YEAR_END('cy')} - make_date(cy, 1, 1) + 1))::int END AS cancel_on
  FROM renewals`;

const TRADEMARK_FULL = `
CREATE TEMP TABLE demo_trademarks ON COMMIT DROP AS
SELECT r.*, pg_temp.demo_id(${ID_TAGS.trademark}, r.n) AS id,
       (1000000 + r.n * 97 + pg_temp.demo_int(r.n, 41, 0, 96))::text AS registration_number,
       CASE WHEN pg_temp.demo_rand(r.n, 42) < 0.85 OR c1 = c2 THEN ARRAY[c1]::smallint[]
            ELSE ARRAY[LEAST(c1, c2), GREATEST(c1, c2)]::smallint[] END AS nice_classes,
       COALESCE(o.name, p.name) AS holder_name, o.credit_code AS holder_credit_code,
       COALESCE(o.district, p.district) AS region_code
  FROM (SELECT r.*, ($3::smallint[])[1 + floor(pg_temp.demo_rand(r.n, 46) * 1000)::int] AS c1,
               ($3::smallint[])[1 + floor(pg_temp.demo_rand(r.n, 47) * 1000)::int] AS c2
          FROM demo_trademark_rows r) r
  LEFT JOIN demo_orgs o ON (r.kind <> 'ordinary' OR pg_temp.demo_rand(r.n, 43) < 0.75) AND o.i = pg_temp.demo_int(r.n, 44, 0, $1 - 1)
  JOIN demo_people p ON p.i = pg_temp.demo_int(r.n, 45, 0, $2 - 1)`;

const INSERT_TRADEMARKS = `
INSERT INTO creation.trademarks (id, registration_number, nice_classes, holder_name, holder_credit_code, kind, registration_date, expiry_date,
                                 status, well_known, region_code, department_id, version, created_by)
SELECT id, registration_number, nice_classes, holder_name, holder_credit_code, kind, reg_date,
       CASE WHEN renew2_on IS NOT NULL THEN expiry3 WHEN renew1_on IS NOT NULL THEN expiry2 ELSE expiry1 END,
       CASE WHEN cancel_on IS NOT NULL THEN 'cancelled' ELSE 'registered' END,
       kind = 'ordinary' AND n % 9973 = 0, region_code, NULL, 1, $1::uuid
  FROM demo_trademarks ORDER BY n`;

const INSERT_TRADEMARK_EVENTS = `
INSERT INTO creation.trademark_status_events (id, trademark_id, seq, action, from_status, to_status, effective_date, expiry_date, note, region_code, created_by)
SELECT pg_temp.demo_id(${ID_TAGS.trademarkEvent}, r.n * 4 + e.seq0), r.id,
       CASE WHEN e.seq0 < 4 THEN e.seq0 ELSE 2 + (r.renew1_on IS NOT NULL)::int + (r.renew2_on IS NOT NULL)::int END,
       e.action, e.from_status, e.to_status, e.effective_date, e.expiry_date, NULL, r.region_code, $1::uuid
  FROM demo_trademarks r
  CROSS JOIN LATERAL (VALUES
    (1, 'register', NULL, 'registered', r.reg_date, r.expiry1),
    (2, 'renew', 'registered', 'registered', r.renew1_on, r.expiry2),
    (3, 'renew', 'registered', 'registered', r.renew2_on, r.expiry3),
    (4, 'cancel', 'registered', 'cancelled', r.cancel_on, NULL)
  ) AS e(seq0, action, from_status, to_status, effective_date, expiry_date)
 WHERE e.effective_date IS NOT NULL
 ORDER BY r.n, e.seq0`;

const PLEDGEABLE_TRADEMARKS = `
SELECT 'trademark' AS kind, registration_number AS number, holder_name AS holder, holder_credit_code AS credit_code, region_code,
       registration_date::text AS since
  FROM creation.trademarks
 WHERE kind = 'ordinary' AND status = 'registered' AND holder_credit_code IS NOT NULL AND well_known = false
   AND expiry_date > DATE '${HORIZON}' AND registration_date < DATE '2018-01-01' AND right(registration_number, 2) = '00'
 ORDER BY registration_number`;

const fmt = (n) => n.toLocaleString('en');

/**
 * Patents reproducing the plan's figures: 2,949 valid invention patents on 2020-12-31, 66,936
 * grants (1,843 inventions) and 89,715 applications (6,426 inventions) in 2016–2020, and an
 * all-time grant total passing 180,000 in 2025.
 */
export const patentsPart = {
  name: 'creation.patents',
  schema: 'creation',
  service: 'creation',
  tables: ['patents', 'patent_status_events'],
  async seed(db, { actor, lookups }) {
    const client = timed(db);
    await client.query(PATENTS, [JSON.stringify(numbered([...inventionCohorts(), ...otherGrantCohorts()]))]);
    await client.query(UNGRANTED, [
      PLAN_2020.inventionApplications2016to2020,
      PLAN_2020.patentApplications2016to2020 - PLAN_2020.inventionApplications2016to2020,
      UNGRANTED_FILINGS_AFTER_2020.invention,
      UNGRANTED_FILINGS_AFTER_2020.utility_model,
      UNGRANTED_FILINGS_AFTER_2020.design,
    ]);
    await client.query(PATENT_FULL, [lookups.orgs, lookups.people, lookups.topics, lookups.designTitles]);
    const patents = await client.query(INSERT_PATENTS, [actor]);
    const events = await client.query(INSERT_PATENT_EVENTS, [actor]);
    return {
      records: patents.rowCount + events.rowCount,
      detail: {
        patents: patents.rowCount,
        patentStatusEvents: events.rowCount,
        validInventionPatents2020: PLAN_2020.validInventionPatents,
        patentsGranted2016to2020: PLAN_2020.patentsGranted2016to2020,
        patentsGrantedThrough2025: Object.entries(ALL_GRANTS).reduce((s, [y, n]) => (Number(y) <= 2025 ? s + n : s), 0),
        inventionGrants2016to2020: [2016, 2017, 2018, 2019, 2020].reduce((s, y) => s + INVENTION_GRANTS[y], 0),
      },
      summary: `patents ${fmt(patents.rowCount)}, ${fmt(PLAN_2020.validInventionPatents)} valid inventions on 2020-12-31, ${fmt(PLAN_2020.patentsGranted2016to2020)} granted 2016–2020`,
    };
  },
};

/**
 * Trademarks reproducing the plan's 266,259 valid marks on 2020-12-31, with 377 Madrid and 38
 * collective marks registered in 2016–2020 (none before, so they are also the valid stocks then).
 * Seeded on a second connection beside the patents (the machine has two cores).
 */
export const trademarksPart = {
  name: 'creation.trademarks',
  schema: 'creation',
  service: 'creation',
  tables: ['trademarks', 'trademark_status_events'],
  lane: 1,
  async seed(db, { actor, lookups }) {
    const client = timed(db);
    await client.query(TRADEMARKS, [JSON.stringify(numbered([...trademarkCohorts()].sort((a, b) => a.regYear - b.regYear)))]);
    await client.query(TRADEMARK_FULL, [lookups.orgs, lookups.people, CREATION_LOOKUPS.niceSlots]);
    const trademarks = await client.query(INSERT_TRADEMARKS, [actor]);
    const events = await client.query(INSERT_TRADEMARK_EVENTS, [actor]);
    // Marks a bank may take as collateral (utilization's pledges are drawn from them).
    const pledgeable = await client.query(PLEDGEABLE_TRADEMARKS);
    return {
      share: { pledgeableTrademarks: pledgeable.rows },
      records: trademarks.rowCount + events.rowCount,
      detail: {
        trademarks: trademarks.rowCount,
        trademarkStatusEvents: events.rowCount,
        validTrademarks2020: PLAN_2020.validTrademarks,
        madridMarks2016to2020: PLAN_2020.madridMarks2016to2020,
        collectiveMarks2016to2020: PLAN_2020.collectiveMarks2016to2020,
      },
      summary: `trademarks ${fmt(trademarks.rowCount)}, ${fmt(PLAN_2020.validTrademarks)} valid on 2020-12-31`,
    };
  },
};

/** Lookup tables the bulk statements draw names and classes from. */
export const CREATION_LOOKUPS = {
  topics: IPC_TOPICS.flatMap((t) => t.titles.map((title) => ({ ipc: t.ipc, title }))),
  designTitles: DESIGN_TITLES,
  /** 1,000 slots, each Nice class in as many as its weight deserves: a uniform draw picks a class. */
  niceSlots: (() => {
    const total = NICE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    const slots = [];
    for (const [cls, w] of NICE_WEIGHTS) for (let k = 0; k < Math.round((w / total) * 1000); k++) slots.push(cls);
    while (slots.length < 1000) slots.push(NICE_WEIGHTS[0][0]);
    return slots.slice(0, 1000);
  })(),
};
