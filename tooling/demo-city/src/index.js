// The demo city: Shantou and its districts with synthetic but realistic records in every pillar,
// written through the administrator connection into each service's schema after the services
// have run their migrations. Deterministic (the same rows every time), set-based (seconds), and
// only on an empty database.
import pg from 'pg';
import { BASELINE_DATE, HORIZON, PLAN_2020 } from './figures.js';
import { SQL_FUNCTIONS } from './identifiers.js';
import { CITY, organisations, personName, DISTRICTS } from './names.js';
import { CREATION_LOOKUPS, patentsPart, trademarksPart } from './parts/creation.js';
import { geographicalIndicationsPart } from './parts/geographical-indications.js';
import { protectionPart } from './parts/protection.js';
import { protectionServicesPart } from './parts/protection-services.js';
import { publicServicesPart, trainingRegistrationsPart } from './parts/public-services.js';
import { utilizationPart } from './parts/utilization.js';
import { enterprisesPart } from './parts/enterprises.js';
import { prng, weighted } from './random.js';

export {
  BASELINE_DATE,
  HORIZON,
  PLAN_2020,
  enterprisesPart,
  patentsPart,
  trademarksPart,
  utilizationPart,
  protectionPart,
  protectionServicesPart,
  publicServicesPart,
  trainingRegistrationsPart,
  geographicalIndicationsPart,
};

/**
 * The parts seeded by default, one per pillar, and creation's enterprises with their cultivation
 * titles, GB/T 29490 certifications and the high-value patent facts (awards, family members,
 * the demo pledges as pledged rights) last, since it reads the patents and pledges seeded before it.
 * The record kinds added to the services later (geographical indications, the protection services
 * around the cases, training registrations) are optional parts: seeded when their tables exist.
 */
export const DEFAULT_PARTS = [
  patentsPart,
  trademarksPart,
  utilizationPart,
  protectionPart,
  protectionServicesPart,
  publicServicesPart,
  trainingRegistrationsPart,
  geographicalIndicationsPart,
  enterprisesPart,
];

/** Who the demo records say created them: a fixed id no user has. */
export const DEMO_ACTOR = '00000000-0000-4000-8000-00000000de70';

const ORGANISATIONS = 6000;
const PEOPLE = 3000;

/** Identifiers come from code, never from input; still, keep them to what a schema name can be. */
function ident(name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
}

async function createLookups(client) {
  await client.query(SQL_FUNCTIONS);
  const orgs = organisations(ORGANISATIONS);
  const rnd = prng(5660000);
  const people = Array.from({ length: PEOPLE }, () => ({ name: personName(rnd), district: weighted(rnd, DISTRICTS, (d) => d.weight).code }));
  const tables = {
    demo_orgs: { columns: 'i int, name text, credit_code text, district text', rows: orgs.map((o, i) => ({ i, name: o.name, credit_code: o.creditCode, district: o.district })) },
    demo_people: { columns: 'i int, name text, district text', rows: people.map((p, i) => ({ i, ...p })) },
    demo_topics: { columns: 'i int, ipc text, title text', rows: CREATION_LOOKUPS.topics.map((t, i) => ({ i, ...t })) },
    demo_design_titles: { columns: 'i int, title text', rows: CREATION_LOOKUPS.designTitles.map((title, i) => ({ i, title })) },
  };
  for (const [name, { columns, rows }] of Object.entries(tables)) {
    await client.query(`CREATE TEMP TABLE ${name} ON COMMIT DROP AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`, [JSON.stringify(rows)]);
    await client.query(`ANALYZE ${name}`);
    // The parts run as the services' roles.
    await client.query(`GRANT SELECT ON ${name} TO PUBLIC`);
  }
  return { orgs: orgs.length, people: PEOPLE, topics: CREATION_LOOKUPS.topics.length, designTitles: CREATION_LOOKUPS.designTitles.length, organisations: orgs };
}

/**
 * The parts to run, those skipped (an optional part whose tables its service does not have), and
 * the first obstacle: a table of `parts` that holds a row, or one a required part needs that does
 * not exist yet (its service has not migrated).
 */
async function survey(client, parts) {
  const run = [];
  const skipped = [];
  for (const part of parts) {
    let missing = null;
    for (const table of part.tables) {
      const qualified = `${ident(part.schema)}.${ident(table)}`;
      const { rows } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [qualified]);
      if (!rows[0].present) {
        missing = qualified;
        break;
      }
      const found = await client.query(`SELECT EXISTS (SELECT 1 FROM ${qualified}) AS found`);
      if (found.rows[0].found) return { obstacle: { table: qualified, reason: 'not-empty' } };
    }
    if (missing && !part.optional) return { obstacle: { table: missing, reason: 'missing' } };
    (missing ? skipped : run).push(missing ? { part, table: missing } : part);
  }
  return { obstacle: null, run, skipped };
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'ipb-demo-city' });
  await client.connect();
  await client.query(`SET TimeZone = 'Asia/Shanghai'`);
  // Each status-event insert fires creation's stock refresh over every record at once (~500,000
  // events): at the default 4 MB its sorts, window passes and hash aggregates went to temporary
  // files, several GB written and read back per connection. The two seed connections can afford
  // more; nothing else runs on them.
  await client.query(`SET work_mem = '256MB'`);
  if (process.env.DEMO_CITY_EXPLAIN === '1') {
    // Tuning aid: the plans of the slow statements, the triggers' nested ones included, on stderr.
    client.on('notice', (n) => process.stderr.write(`${n.message}\n`));
    await client.query(`LOAD 'auto_explain'`);
    for (const s of ['log_min_duration = 300', 'log_analyze = on', 'log_buffers = on', 'log_timing = off', 'log_nested_statements = on', 'log_level = notice']) await client.query(`SET auto_explain.${s}`);
  }
  await client.query('BEGIN');
  return client;
}

/**
 * Runs `parts` in order on `client`, each as its service's role (after its `prepare` as the
 * administrator, and once the parts it `needs` are done on the other connection).
 */
async function runLane(client, parts, context, log, results, done) {
  for (const part of parts) {
    await Promise.all((part.needs ?? []).map((name) => done.get(name)?.promise));
    const t = Date.now();
    if (part.prepare) await part.prepare(client);
    await client.query(`SET LOCAL ROLE ${ident(`ipb_${part.schema}`)}`);
    const result = await part.seed(client, context);
    await client.query('RESET ROLE');
    context.shared[part.name] = result.share ?? {};
    done.get(part.name)?.resolve();
    results.push({ part, ...result, ms: Date.now() - t });
    log(`  ${part.name.padEnd(22)} ${result.summary} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
}

/**
 * Seeds the demo city into an empty database whose services have migrated, as one unit: the
 * whole city or nothing. A database holding any record in the parts' tables is left alone (a
 * second start does not seed again). Each service's chain gets one audit entry saying what the
 * demo seed loaded.
 *
 * The bulk of the rows (patents, trademarks) is written on two connections at once; each has its
 * own transaction, committed only when both have succeeded (trademarks first, then the rest with
 * the audit entries and the lock that makes a concurrent start wait).
 *
 * @param {string} adminDatabaseUrl the administrator connection (may SET ROLE to every ipb_<schema>)
 * @param {{ log?: (line: string) => void, parts?: typeof DEFAULT_PARTS }} [options]
 */
export async function seedDemoCity(adminDatabaseUrl, options = {}) {
  const log = options.log ?? (() => {});
  let parts = options.parts ?? DEFAULT_PARTS;
  const started = Date.now();
  const main = await connect(adminDatabaseUrl);
  let side = null;
  try {
    // Two starts at once: the second waits here, then finds the tables full.
    await main.query(`SELECT pg_advisory_xact_lock(hashtext('ipbureau.demo-city'))`);
    const { obstacle, run, skipped } = await survey(main, options.parts ?? DEFAULT_PARTS);
    if (obstacle) {
      await main.query('ROLLBACK');
      if (obstacle.reason === 'missing') throw new Error(`demo city: ${obstacle.table} does not exist; start the services (they migrate) before seeding`);
      log(`demo city: not seeded, the database already holds records (${obstacle.table})`);
      return { seeded: false, reason: `${obstacle.table} is not empty`, ms: Date.now() - started, parts: {} };
    }
    parts = run;
    log('seeding demo city (Shantou 440500 and its districts)…');
    for (const s of skipped) log(`  ${s.part.name.padEnd(22)} skipped: ${s.table} does not exist`);
    const sideParts = parts.filter((p) => p.lane === 1);
    const mainParts = parts.filter((p) => p.lane !== 1);
    const results = [];
    const lanes = [];
    const mainLookups = await createLookups(main);
    const shared = {};
    const context = (lookups) => ({ actor: DEMO_ACTOR, lookups, city: CITY, shared });
    // A part waits for the parts it needs; a failure anywhere rejects every waiter.
    const done = new Map(parts.map((p) => [p.name, deferred()]));
    const fail = (error) => {
      for (const d of done.values()) d.reject(error);
      throw error;
    };
    if (sideParts.length) {
      side = await connect(adminDatabaseUrl);
      const sideLookups = await createLookups(side);
      lanes.push(runLane(side, sideParts, context(sideLookups), log, results, done).catch(fail));
    }
    lanes.push(runLane(main, mainParts, context(mainLookups), log, results, done).catch(fail));
    const settled = await Promise.allSettled(lanes);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;

    // One audit entry per service, on the connection that commits last.
    const byService = new Map();
    for (const r of results) {
      const entry = byService.get(r.part.service) ?? { schema: r.part.schema, records: 0, detail: {} };
      entry.records += r.records;
      Object.assign(entry.detail, r.detail);
      byService.set(r.part.service, entry);
    }
    for (const [service, entry] of byService) {
      await main.query(`SET LOCAL ROLE ${ident(`ipb_${entry.schema}`)}`);
      await main.query(`SELECT audit.append($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12)`, [
        service,
        null,
        'demo-city',
        [],
        'demo-city',
        CITY,
        'import',
        null,
        JSON.stringify({ note: `demo seed loaded ${entry.records} records`, records: entry.records, ...entry.detail }),
        'demo-city-seed',
        null,
        CITY,
      ]);
      await main.query('RESET ROLE');
    }
    if (side) await side.query('COMMIT');
    await main.query('COMMIT');
    // The seed wrote past the services (no facts.changed events): any plan progress platform-api
    // computed before it is out of date.
    await main.query(
      `DO $do$ BEGIN
         IF to_regclass('platform.plan_progress_cache') IS NOT NULL THEN
           UPDATE platform.plan_progress_cache SET invalidated_at = now() WHERE invalidated_at IS NULL;
         END IF;
       END $do$`,
    );
    const ms = Date.now() - started;
    const records = results.reduce((s, r) => s + r.records, 0);
    log(`demo city seeded: ${records.toLocaleString('en')} records, done in ${(ms / 1000).toFixed(1)} s`);
    return { seeded: true, ms, skipped: skipped.map((s) => s.part.name), parts: Object.fromEntries(results.map((r) => [r.part.name, { records: r.records, detail: r.detail, ms: r.ms }])) };
  } catch (error) {
    await main.query('ROLLBACK').catch(() => undefined);
    await side?.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await main.end().catch(() => undefined);
    await side?.end().catch(() => undefined);
  }
}
