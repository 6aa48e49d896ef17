#!/usr/bin/env node
// Benchmark: the validated patent import (POST /api/creation/imports/patents and its background
// job, on the real creation service) against two references measured in the same run on the same
// embedded PostgreSQL:
//   - raw COPY of the same CSV files into a bare staging table of the same columns (no index, no
//     constraint): the reference, the speed of reading rows into PostgreSQL at all;
//   - the registry floor: the same rows written from that staging table into a second, freshly
//     migrated creation database by PostgreSQL alone, one INSERT … SELECT into patents and one
//     into their status events (the filing, and the grant the file states), with the registry's
//     indexes, constraints and the triggers that keep the stock day counts: what the schema costs
//     for these rows with no checking, no row-level report and no round trips. Its first statement
//     alone (the rows into the patents table, with its indexes) is printed too.
// For each size the rows are written once as CSV files in an office export's columns (申请号,
// 发明名称, 申请人, 申请人统一社会信用代码, 区县, 申请日, IPC分类号, 法律状态, 法律状态日期; 60%
// granted with a date, the rest under examination), each file under the 64 MB upload limit; the
// import uploads them one after another and waits for each job to finish. Prints rows/s for all
// three and the ratios; asserts the counts.
// Run after a build:  node bench/creation-import.mjs   (IPB_BENCH_IMPORT_ROWS=20000 for a quick
// run; the default is 100000,1000000)
import path from 'node:path';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, makeTempDir, startEmbeddedPostgres } from '@ipbureau/dev-stack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = path.join(root, 'apps/creation-api');
const load = (rel) => import(pathToFileURL(path.join(api, rel)).href);
const { startTestService, TestTokenIssuer } = await load('node_modules/@ipbureau/nest-kit/dist/testing/index.js');
const { createAppModule } = await load('dist/app.module.js');
const { CREATION_SERVICE } = await load('dist/config.js');
const { IMPORT_BATCH_ROWS } = await load('dist/imports/imports.worker.js');
const { default: pg } = await load('node_modules/pg/lib/index.js');

const SIZES = (process.env.IPB_BENCH_IMPORT_ROWS ?? '100000,1000000').split(',').map(Number);
/** Rows per file: about 150 bytes a row keeps each file well under the 64 MB upload limit. */
const ROWS_PER_FILE = Number(process.env.IPB_BENCH_ROWS_PER_FILE ?? 250_000);
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const DISTRICTS = ['440507', '440511', '440512', '440513', '440514', '440515', '440523'];
const IPC = ['G06F 16/20', 'H01M 10/052', 'A61K 31/00', 'B65D 81/00', 'C12N 15/10', 'F16H 57/00', 'A47J 27/00', 'H04L 9/32;G06F 21/60', 'E04B 1/00', 'G01N 33/00', 'B25J 9/16', ''];
const TOPICS = ['牛肉丸成型', '玩具车传动', '锂电池热管理', '包装盒折叠', '陶瓷釉料', '纺织印染', '数据加密', '机器人夹爪', '食品杀菌', '光伏支架'];
const HEADER = ['申请号', '发明名称', '申请人', '申请人统一社会信用代码', '区县', '申请日', 'IPC分类号', '法律状态', '法律状态日期'];
const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

// Identifiers with their check characters, as packages/domain validates them.
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
function creditCode(division, serial) {
  let n = serial;
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = CREDIT_ALPHABET[n % 31] + tail;
    n = Math.floor(n / 31);
  }
  const body = `MA${tail}`;
  let orgSum = 0;
  for (let i = 0; i < 8; i++) orgSum += ORG_ALPHABET.indexOf(body[i]) * ORG_WEIGHTS[i];
  const orgCheck = 11 - (orgSum % 11);
  const first17 = `91${division}${body}${orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return `${first17}${CREDIT_ALPHABET[(31 - (sum % 31)) % 31]}`;
}
const APPLICATION_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
function applicationNumber(year, type, serial) {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * APPLICATION_WEIGHTS[i];
  const check = sum % 11;
  return `${digits}.${check === 10 ? 'X' : check}`;
}
const COMPANIES = Array.from({ length: 2000 }, (_, i) => ({ name: `汕头市${TOPICS[i % TOPICS.length]}科技有限公司${i}`, code: creditCode(DISTRICTS[i % DISTRICTS.length], 1000 + i * 7919) }));
const pad = (n) => String(n).padStart(2, '0');
const csvCell = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** One patent row of the export: serial `i` makes its number unique. */
function patentRow(i) {
  const year = 2003 + (i % 21); // 12-digit application numbers from 2003 on
  const type = [1, 1, 1, 2, 2, 3][i % 6];
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const company = COMPANIES[i % COMPANIES.length];
  const person = i % 5 === 0;
  const granted = i % 10 < 6;
  const grantYear = Math.min(year + (type === 1 ? 3 : 1), 2025);
  return [
    applicationNumber(year, type, i),
    `一种${TOPICS[i % TOPICS.length]}装置及方法${i}`,
    person ? `李${'明华伟芳'[i % 4]}${i % 97}` : company.name,
    person ? '' : company.code,
    DISTRICTS[i % DISTRICTS.length],
    `${year}-${pad(month)}-${pad(day)}`,
    type === 3 ? '' : IPC[i % IPC.length],
    granted ? '有效' : '实质审查',
    granted ? `${grantYear}-${pad(month)}-${pad(day)}` : '',
  ];
}

/** Writes rows [from, from + count) as CSV files of at most ROWS_PER_FILE rows each; returns their paths. */
async function writeFiles(dir, from, count) {
  const files = [];
  for (let start = 0; start < count; start += ROWS_PER_FILE) {
    const rows = Math.min(ROWS_PER_FILE, count - start);
    const lines = [HEADER.join(',')];
    for (let k = 0; k < rows; k++) lines.push(patentRow(from + start + k).map(csvCell).join(','));
    const file = path.join(dir, `patents-${from + start}.csv`);
    await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
    const { size } = await stat(file);
    if (size > MAX_FILE_BYTES) throw new Error(`${file} is ${size} bytes, over the upload limit: lower IPB_BENCH_ROWS_PER_FILE`);
    files.push({ file, rows, size });
  }
  return files;
}

const dataDir = await makeTempDir('ipb-import-bench-');
const filesDir = path.join(dataDir, 'files');
await mkdir(filesDir, { recursive: true });
const pgServer = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort() });
const issuer = await TestTokenIssuer.start();
let service;
let floorService;
const results = [];
try {
  const env = { PLATFORM_JWKS_URL: issuer.jwksUrl, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' };
  service = await startTestService({ adminUrl: pgServer.url, identity: CREATION_SERVICE, createModule: createAppModule, env });
  // A second creation database, migrated the same way, for the registry floor.
  floorService = await startTestService({ adminUrl: pgServer.url, identity: CREATION_SERVICE, createModule: createAppModule, env });
  const token = await issuer.mint(['creation:officer'], {}, '12h');
  // The references: a superuser connection to the floor's database (COPY reads the server's files)
  // and there a bare table of the file's columns.
  const floorUrl = new URL(floorService.databaseUrl);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(pgServer.url), { pathname: floorUrl.pathname }).href });
  admin.on('error', () => {});
  await admin.connect();
  const [{ schema }] = (await admin.query(`SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'patents'`)).rows;
  await admin.query(`SET search_path = ${schema}, public`);
  await admin.query(`CREATE TABLE public.bench_copy_staging (application_number text, title text, applicant_name text, applicant_credit_code text, district text,
    filing_date date, ipc_symbols text, legal_status text, legal_status_date date)`);

  let next = 1;
  for (const size of SIZES) {
    const files = await writeFiles(filesDir, next, size);
    next += size;
    const bytes = files.reduce((s, f) => s + f.size, 0);
    log(`${size.toLocaleString('en')} rows written as ${files.length} file(s), ${(bytes / 1048576).toFixed(1)} MB`);

    await admin.query('TRUNCATE public.bench_copy_staging');
    await admin.query('CHECKPOINT');
    let started = performance.now();
    for (const { file } of files) await admin.query(`COPY public.bench_copy_staging FROM '${file.replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`);
    const copySeconds = (performance.now() - started) / 1000;
    const copied = Number((await admin.query('SELECT count(*) FROM public.bench_copy_staging')).rows[0].count);
    if (copied !== size) throw new Error(`COPY loaded ${copied} rows, expected ${size}`);
    log(`COPY: ${copySeconds.toFixed(1)} s, ${Math.round(size / copySeconds).toLocaleString('en')} rows/s`);
    await admin.query('CHECKPOINT');

    started = performance.now();
    await admin.query('BEGIN');
    // The type digit of the number gives the patent type; 有效 is granted on its legal status date.
    await admin.query(`
      INSERT INTO patents (application_number, patent_type, title, applicant_name, applicant_credit_code, region_code, filing_date, status, grant_date, ipc_symbols, version, created_by)
      SELECT application_number, CASE substr(application_number, 5, 1) WHEN '1' THEN 'invention' WHEN '2' THEN 'utility_model' ELSE 'design' END,
             title, applicant_name, nullif(applicant_credit_code, ''), district, filing_date,
             CASE WHEN legal_status = '有效' THEN 'granted' ELSE 'pending' END, CASE WHEN legal_status = '有效' THEN legal_status_date END,
             coalesce(string_to_array(nullif(ipc_symbols, ''), ';'), '{}'), 1, '00000000-0000-4000-8000-000000000000'
      FROM public.bench_copy_staging`);
    const patentsSeconds = (performance.now() - started) / 1000;
    await admin.query(`
      INSERT INTO patent_status_events (patent_id, seq, action, from_status, to_status, effective_date, note, region_code, created_by)
      SELECT p.id, 1, 'file', NULL, 'pending', p.filing_date, NULL, p.region_code, p.created_by FROM patents p JOIN public.bench_copy_staging s USING (application_number)
      UNION ALL
      SELECT p.id, 2, 'grant', 'pending', 'granted', p.grant_date, NULL, p.region_code, p.created_by FROM patents p JOIN public.bench_copy_staging s USING (application_number) WHERE p.grant_date IS NOT NULL`);
    await admin.query('COMMIT');
    const floorSeconds = (performance.now() - started) / 1000;
    log(`registry floor: ${floorSeconds.toFixed(1)} s, ${Math.round(size / floorSeconds).toLocaleString('en')} rows/s (the patents alone ${patentsSeconds.toFixed(1)} s, ${Math.round(size / patentsSeconds).toLocaleString('en')} rows/s)`);

    started = performance.now();
    let inserted = 0;
    let rejected = 0;
    for (const { file, rows } of files) {
      const form = new FormData();
      form.append('file', new Blob([await readFile(file)]), path.basename(file));
      const res = await fetch(`${service.baseUrl}/imports/patents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      const accepted = await res.json();
      if (res.status !== 202) throw new Error(`upload ${res.status} ${JSON.stringify(accepted)}`);
      let job = accepted;
      let failures = 0;
      while (job.status === 'queued' || job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 250));
        try {
          job = await (await fetch(`${service.baseUrl}/imports/${accepted.id}`, { headers: { authorization: `Bearer ${token}` } })).json();
          failures = 0;
        } catch (error) {
          // A kept-alive connection the busy server closed: poll again on a new one.
          if (++failures > 20) throw error;
        }
      }
      if (job.status !== 'completed' || job.processedRows !== rows) throw new Error(`job ${job.status} ${JSON.stringify(job)}`);
      if (job.rejected > 0) {
        const report = await (await fetch(`${service.baseUrl}/imports/${accepted.id}/errors?format=csv`, { headers: { authorization: `Bearer ${token}` } })).text();
        log(`rejected ${job.rejected}; the report begins:\n${report.split('\r\n').slice(0, 6).join('\n')}`);
      }
      inserted += job.inserted;
      rejected += job.rejected;
    }
    const importSeconds = (performance.now() - started) / 1000;
    if (inserted !== size || rejected !== 0) throw new Error(`import inserted ${inserted} and rejected ${rejected} of ${size}`);
    log(`import: ${importSeconds.toFixed(1)} s, ${Math.round(size / importSeconds).toLocaleString('en')} rows/s`);
    results.push({ size, files: files.length, copySeconds, patentsSeconds, floorSeconds, importSeconds });
    for (const { file } of files) await rm(file);
  }
  await admin.end();

  console.log(`\npatent import vs raw COPY and the registry floor (${IMPORT_BATCH_ROWS} rows a batch; import = upload + validation + upsert + status events, HTTP, one job at a time)`);
  const head = ['rows', 'files', 'COPY s', 'COPY rows/s', 'patents alone / COPY', 'floor s', 'floor rows/s', 'floor / COPY', 'import s', 'import rows/s', 'import / COPY', 'import / floor'];
  const table = results.map((r) => [
    r.size.toLocaleString('en'),
    String(r.files),
    r.copySeconds.toFixed(1),
    Math.round(r.size / r.copySeconds).toLocaleString('en'),
    `${((r.copySeconds / r.patentsSeconds) * 100).toFixed(1)}%`,
    r.floorSeconds.toFixed(1),
    Math.round(r.size / r.floorSeconds).toLocaleString('en'),
    `${((r.copySeconds / r.floorSeconds) * 100).toFixed(1)}%`,
    r.importSeconds.toFixed(1),
    Math.round(r.size / r.importSeconds).toLocaleString('en'),
    `${((r.copySeconds / r.importSeconds) * 100).toFixed(1)}%`,
    `${((r.floorSeconds / r.importSeconds) * 100).toFixed(1)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => cell.padStart(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  console.log('\naim: import at least 30% of COPY. floor: the same rows into the registry by PostgreSQL alone (indexes, constraints, history, stock triggers; no checking);');
  console.log('patents alone: the floor\'s first statement, the rows into the patents table with its indexes and nothing else.');
} finally {
  await service?.close();
  await floorService?.close();
  await issuer.close();
  await pgServer.stop();
  await rm(dataDir, { recursive: true, force: true });
}
