#!/usr/bin/env node
// Benchmark: the validated patent import (POST /api/creation/imports/patents and its background
// job, on the real creation service) against raw PostgreSQL COPY of the same rows into a bare
// staging table of the same columns (no index, no constraint), both on one embedded PostgreSQL
// in the same run. For each size the rows are written once as CSV files in an office export's
// columns (申请号, 发明名称, 申请人, 申请人统一社会信用代码, 区县, 申请日, IPC分类号, 法律状态,
// 法律状态日期; 60% granted with a date, the rest under examination), each file under the
// 64 MB upload limit; COPY loads the same files; the import uploads them one after another and
// waits for each job to finish. Prints rows/s for both and the ratio; asserts the counts.
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
const results = [];
try {
  service = await startTestService({ adminUrl: pgServer.url, identity: CREATION_SERVICE, createModule: createAppModule, env: { PLATFORM_JWKS_URL: issuer.jwksUrl, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' } });
  const token = await issuer.mint(['creation:officer'], {}, '12h');
  // The reference: a superuser connection (COPY reads the server's files) and a bare table of the same columns.
  const admin = new pg.Client({ connectionString: pgServer.url });
  admin.on('error', () => {});
  await admin.connect();
  await admin.query(`CREATE TABLE bench_copy_staging (application_number text, title text, applicant_name text, applicant_credit_code text, district text,
    filing_date date, ipc_symbols text, legal_status text, legal_status_date date)`);

  let next = 1;
  for (const size of SIZES) {
    const files = await writeFiles(filesDir, next, size);
    next += size;
    const bytes = files.reduce((s, f) => s + f.size, 0);
    log(`${size.toLocaleString('en')} rows written as ${files.length} file(s), ${(bytes / 1048576).toFixed(1)} MB`);

    await admin.query('TRUNCATE bench_copy_staging');
    await admin.query('CHECKPOINT');
    let started = performance.now();
    for (const { file } of files) await admin.query(`COPY bench_copy_staging FROM '${file.replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`);
    const copySeconds = (performance.now() - started) / 1000;
    const copied = Number((await admin.query('SELECT count(*) FROM bench_copy_staging')).rows[0].count);
    if (copied !== size) throw new Error(`COPY loaded ${copied} rows, expected ${size}`);
    log(`COPY: ${copySeconds.toFixed(1)} s, ${Math.round(size / copySeconds).toLocaleString('en')} rows/s`);
    await admin.query('CHECKPOINT');

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
    results.push({ size, files: files.length, copySeconds, importSeconds });
    for (const { file } of files) await rm(file);
  }
  await admin.end();

  console.log(`\npatent import vs raw COPY (${IMPORT_BATCH_ROWS} rows a batch; import = upload + validation + upsert + status events, HTTP, one job at a time)`);
  const head = ['rows', 'files', 'COPY s', 'COPY rows/s', 'import s', 'import rows/s', 'import / COPY'];
  const table = results.map((r) => [
    r.size.toLocaleString('en'),
    String(r.files),
    r.copySeconds.toFixed(1),
    Math.round(r.size / r.copySeconds).toLocaleString('en'),
    r.importSeconds.toFixed(1),
    Math.round(r.size / r.importSeconds).toLocaleString('en'),
    `${((r.copySeconds / r.importSeconds) * 100).toFixed(1)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => cell.padStart(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  console.log('\naim: import at least 30% of COPY');
} finally {
  await service?.close();
  await issuer.close();
  await pgServer.stop();
  await rm(dataDir, { recursive: true, force: true });
}
