import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TImportJob } from '@ipbureau/domain/creation';
import { IMPORT_BATCH_ROWS, ImportWorker } from '../src/imports/imports.worker.js';
import { applicationNumber, call, CHENGHAI, creditCode, JINPING, json, LONGHU, startCreation, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;
let worker: ImportWorker;

beforeAll(async () => {
  h = await startCreation();
  worker = h.service.app.get(ImportWorker);
});
afterAll(async () => {
  await h?.close();
});

const base = () => h.service.baseUrl;

/** Uploads a file as the browser does (multipart, field `file`). */
function upload(kind: string, name: string, content: Buffer | string, token = h.officer): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? Buffer.from(content, 'utf8') : content]), name);
  return fetch(`${base()}/imports/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' }, body: form });
}

/** Uploads and waits for the job to be done (no polling: the worker says when). */
async function imported(kind: string, name: string, content: Buffer | string): Promise<TImportJob> {
  const job = await json<TImportJob>(await upload(kind, name, content), 202);
  expect(job.status).toBe('queued');
  await worker.settled(job.id);
  return json<TImportJob>(await call(base(), h.viewer, 'GET', `/imports/${job.id}`), 200);
}

const csvLine = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
const PATENT_HEADER = ['申请号', '发明名称', '申请人', '申请人统一社会信用代码', '区县', '申请日', 'IPC分类号', '代理机构统一社会信用代码'];
const counts = (job: TImportJob) => ({ total: job.totalRows, processed: job.processedRows, inserted: job.inserted, updated: job.updated, unchanged: job.unchanged, rejected: job.rejected });

describe('importing patents from a CSV', () => {
  const good = [applicationNumber('invention', 2021), applicationNumber('utility_model', 2022), applicationNumber('design', 2022)];
  const agency = creditCode();
  const rows = [
    [good[0]!, '一种牛肉丸成型装置', '汕头市某某食品有限公司', creditCode(), '440507', '2021-03-05', 'A23L 13/60; A23P 30/10', agency],
    [good[1]!, '玩具车的传动机构', '汕头市澄海区某玩具厂', '', '澄海区', '2022/7/1', '', ''],
    ['201710601862.4', '校验位错误', '某公司', '', '440507', '2017-01-01', '', ''], // row 4: bad check digit
    [good[2]!, '包装盒（潮汕）', '汕头市某某包装有限公司', '', '440511', '2022-02-02', '', ''],
    [applicationNumber('invention', 2021), '', '某公司', '', '440101', '2021-05-05', '', ''], // row 6: no title, a Guangzhou district
    [good[0]!, '重复的一行', '某公司', '', '440507', '2021-03-05', '', ''], // row 7: repeats row 2
  ];
  const file = [csvLine(PATENT_HEADER), ...rows.map(csvLine)].join('\r\n');
  let first: TImportJob;

  it('imports the good rows and reports each bad one with its row, column and reason; progress reaches the total', async () => {
    first = await imported('patents', '专利导出.csv', `\uFEFF${file}`);
    expect(first).toMatchObject({ status: "completed" });
    expect(counts(first)).toEqual({ total: 6, processed: 6, inserted: 3, updated: 0, unchanged: 0, rejected: 3 });
    expect(first.errorCount).toBe(4);
    const stored = await h.db.query(
      `SELECT application_number, patent_type, region_code, filing_date::text, ipc_symbols, agency_credit_code, status, version FROM creation.patents WHERE application_number = ANY($1) ORDER BY filing_date`,
      [good],
    );
    expect(stored.rows.map((r: Record<string, unknown>) => [r.application_number, r.patent_type, r.region_code, r.filing_date, r.status, r.version])).toEqual([
      [good[0], 'invention', LONGHU, '2021-03-05', 'pending', 1],
      [good[2], 'design', '440511', '2022-02-02', 'pending', 1],
      [good[1], 'utility_model', CHENGHAI, '2022-07-01', 'pending', 1],
    ]);
    expect(stored.rows[0]).toMatchObject({ ipc_symbols: ['A23L 13/60', 'A23P 30/10'], agency_credit_code: agency });
    // Each new patent starts its history with its filing, so the stock on any date counts it.
    const filed = await h.db.query(`SELECT e.action, e.effective_date::text FROM creation.patent_status_events e JOIN creation.patents p ON p.id = e.patent_id WHERE p.application_number = $1`, [good[1]]);
    expect(filed.rows).toEqual([{ action: 'file', effective_date: '2022-07-01' }]);
    expect((await h.db.query(`SELECT 1 FROM creation.patents WHERE title = '重复的一行' OR application_number = '201710601862.4'`)).rowCount).toBe(0);
    // One audit entry for the job, none per row.
    const audits = await h.db.query(`SELECT action, after->>'inserted' AS inserted FROM audit.events WHERE entity = 'import_job' AND entity_id = $1`, [first.id]);
    expect(audits.rows).toEqual([{ action: 'import', inserted: '3' }]);
  });

  it('serves the error report as CSV and XLSX: row number, column, reason in Chinese and English', async () => {
    const res = await call(base(), h.viewer, 'GET', `/imports/${first.id}/errors?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('errors.csv');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"行号 Row","列 Column","错误原因","Reason"');
    const cells = lines.slice(1).map((line) => line.split('","').slice(0, 2).map((c) => c.replace(/"/g, '')));
    expect(cells).toEqual([
      ['4', '申请号'],
      ['6', '区县'],
      ['6', '发明名称'],
      ['7', '申请号'],
    ]);
    expect(lines[4]).toContain('与第 2 行重复');
    expect(lines[4]).toContain('Repeats row 2');

    const xlsx = await call(base(), h.viewer, 'GET', `/imports/${first.id}/errors?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).values).toEqual([undefined, 4, '申请号', expect.any(String), expect.stringMatching(/check/i)]);
  });

  it('changes nothing when the same file is imported again, and updates only the row that changed after', async () => {
    const versions = async () => (await h.db.query(`SELECT application_number, version, title FROM creation.patents WHERE application_number = ANY($1) ORDER BY 1`, [good])).rows;
    const before = await versions();
    const again = await imported('patents', '专利导出.csv', file);
    expect(counts(again)).toEqual({ total: 6, processed: 6, inserted: 0, updated: 0, unchanged: 3, rejected: 3 });
    expect(await versions()).toEqual(before);
    expect((await h.db.query(`SELECT 1 FROM creation.patent_status_events e JOIN creation.patents p ON p.id = e.patent_id WHERE p.application_number = ANY($1)`, [good])).rowCount).toBe(3);

    const edited = file.replace('玩具车的传动机构', '玩具车的传动机构（改）').replace('2022-02-02', '2022-02-03');
    const third = await imported('patents', 'edited.csv', edited);
    expect(counts(third)).toEqual({ total: 6, processed: 6, inserted: 0, updated: 1, unchanged: 1, rejected: 4 });
    const after = await versions();
    expect(after.find((r: { application_number: string }) => r.application_number === good[1])).toMatchObject({ version: 2, title: '玩具车的传动机构（改）' });
    // The filing date is fixed: a different one in the file is reported, not applied.
    const report = await (await call(base(), h.viewer, 'GET', `/imports/${third.id}/errors?format=csv`)).text();
    expect(report).toContain('"5","申请日"');
  });

  it('imports a 1,000-row file with 3 bad rows in batches: 997 in, the 3 reported by row', async () => {
    const bad = new Set([10, 500, 999]);
    const lines = [csvLine(PATENT_HEADER)];
    for (let i = 1; i <= 1000; i += 1) {
      lines.push(csvLine([bad.has(i) ? `2020${i}` : applicationNumber('invention', 2020), `批量导入的专利 ${i}`, '汕头市某公司', '', '440507', '2020-06-01', '', '']));
    }
    const job = await imported('patents', 'big.csv', lines.join('\n'));
    expect(counts(job)).toEqual({ total: 1000, processed: 1000, inserted: 997, updated: 0, unchanged: 0, rejected: 3 });
    const errors = await h.db.query(`SELECT row_number FROM creation.import_job_errors WHERE job_id = $1 ORDER BY 1`, [job.id]);
    expect(errors.rows.map((r: { row_number: number }) => r.row_number)).toEqual([11, 501, 1000]);
    // Time-ordered ids (UUID version 7, the clock in their first 48 bits), so a batch's rows land
    // at the end of the indexes keyed by them rather than on a random page each.
    const ids = await h.db.query(
      `SELECT p.id::text AS patent, e.id::text AS event FROM creation.patents p JOIN creation.patent_status_events e ON e.patent_id = p.id WHERE p.title LIKE '批量导入的专利 %'`,
    );
    expect(ids.rowCount).toBe(997);
    const clockOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    for (const { patent, event } of ids.rows as { patent: string; event: string }[]) {
      for (const id of [patent, event]) {
        expect(id[14]).toBe('7');
        expect(Math.abs(clockOf(id) - Date.parse(job.createdAt))).toBeLessThan(120_000);
      }
    }
  });

  it('imports a file of more than one batch in file order: a repeat of a first-batch number in the second is refused; quoted cells keep commas, quotes and line breaks', async () => {
    const size = IMPORT_BATCH_ROWS + 3;
    const numbers = Array.from({ length: size }, () => applicationNumber('utility_model', 2019));
    const quoted = '一种"新型"装置，含逗号,与\n换行';
    const lines = [csvLine(PATENT_HEADER)];
    for (let i = 0; i < size; i += 1) {
      // The second batch's last row repeats the first row's number.
      const number = i === size - 1 ? numbers[0]! : numbers[i]!;
      lines.push(csvLine([number, i === 0 ? quoted : `分批导入 ${i}`, '汕头市某公司', '', '440507', '2019-06-01', '', '']));
    }
    const job = await imported('patents', 'two-batches.csv', `${lines.join('\r\n')}\r\n`);
    expect(counts(job)).toEqual({ total: size, processed: size, inserted: size - 1, updated: 0, unchanged: 0, rejected: 1 });
    const errors = await h.db.query(`SELECT row_number, message_en FROM creation.import_job_errors WHERE job_id = $1`, [job.id]);
    expect(errors.rows).toEqual([{ row_number: size + 1, message_en: 'Repeats row 2' }]);
    const first = await h.db.query(`SELECT title FROM creation.patents WHERE application_number = $1`, [numbers[0]]);
    expect(first.rows).toEqual([{ title: quoted }]);
    const written = await h.db.query(`SELECT count(*)::int AS n FROM creation.patents WHERE application_number = ANY($1)`, [numbers]);
    expect(written.rows).toEqual([{ n: size - 1 }]);
  });

  it('reports on its row a number someone else registers while the batch is written, keeping theirs, and imports the rest', async () => {
    const [theirs, mine] = [applicationNumber('invention', 2018), applicationNumber('invention', 2018)];
    const other = await h.db.connect();
    try {
      // Another officer's registration, not yet committed when the batch looks its numbers up.
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO creation.patents (application_number, patent_type, title, applicant_name, filing_date, region_code, created_by) VALUES ($1, 'invention', '他人登记的专利', '某公司', '2018-01-02', '440507', gen_random_uuid())`,
        [theirs],
      );
      const job = await json<TImportJob>(
        await upload('patents', 'race.csv', [PATENT_HEADER, [theirs, '导入的标题', '汕头市某公司', '', '440507', '2018-01-02', '', ''], [mine, '另一件', '汕头市某公司', '', '440507', '2018-03-04', '', '']].map(csvLine).join('\n')),
        202,
      );
      // The batch waits on the uncommitted number; the registration then commits.
      for (let waited = 0; ; waited += 1) {
        const blocked = await h.db.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO patents%'`);
        if (blocked.rowCount) break;
        if (waited > 200) throw new Error('the import never reached the insert');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await other.query('COMMIT');
      await worker.settled(job.id);
      const done = await json<TImportJob>(await call(base(), h.viewer, 'GET', `/imports/${job.id}`), 200);
      expect(counts(done)).toEqual({ total: 2, processed: 2, inserted: 1, updated: 0, unchanged: 0, rejected: 1 });
      const errors = await h.db.query(`SELECT row_number, message_en FROM creation.import_job_errors WHERE job_id = $1`, [job.id]);
      expect(errors.rows).toEqual([{ row_number: 2, message_en: `${theirs} was registered by someone else during the import; import the file again to update it` }]);
      const titles = await h.db.query(`SELECT application_number, title FROM creation.patents WHERE application_number = ANY($1) ORDER BY filing_date`, [[theirs, mine]]);
      expect(titles.rows).toEqual([
        { application_number: theirs, title: '他人登记的专利' },
        { application_number: mine, title: '另一件' },
      ]);
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      other.release();
    }
  });
});

describe('the legal status 法律状态 an office export carries', () => {
  const HEADER = ['申请号', '发明名称', '申请人', '区县', '申请日', 'IPC分类号', '法律状态', '法律状态日期'];
  const [granted, pending, lapsedOnly, noDate, unknown, early] = Array.from({ length: 6 }, () => applicationNumber('invention', 2019));
  const rows = [
    [granted!, '一种锂离子电池', '汕头市某电池有限公司', '440507', '2019-04-01', 'H01M 10/052', '有效', '2021-06-08'],
    [pending!, '一种电池管理系统', '汕头市某电池有限公司', '440507', '2019-04-02', '', '实质审查', ''],
    [lapsedOnly!, '一种储能装置', '某公司', '440507', '2019-04-03', '', '未缴年费终止', '2022-01-01'], // row 4: pending → lapsed is not one step
    [noDate!, '一种电极', '某公司', '440507', '2019-04-04', '', '授权', ''], // row 5: a grant needs its date
    [unknown!, '一种隔膜', '某公司', '440507', '2019-04-05', '', '不知道', '2021-01-01'], // row 6: no such status
    [early!, '一种电解液', '某公司', '440507', '2019-04-06', '', '授权', '2019-01-01'], // row 7: granted before it was filed
  ];
  const file = [csvLine(HEADER), ...rows.map(csvLine)].join('\r\n');
  const history = async (number: string) =>
    (
      await h.db.query(
        `SELECT e.seq, e.action, e.from_status, e.to_status, e.effective_date::text AS date FROM creation.patent_status_events e JOIN creation.patents p ON p.id = e.patent_id WHERE p.application_number = $1 ORDER BY e.seq`,
        [number],
      )
    ).rows;
  const patentRow = async (number: string) =>
    (await h.db.query(`SELECT id, status, grant_date::text AS grant_date, version FROM creation.patents WHERE application_number = $1`, [number])).rows[0] as
      | { id: string; status: string; grant_date: string | null; version: number }
      | undefined;

  it('records a stated status as a dated status event, as the status action does, and refuses a row whose status cannot apply', async () => {
    const job = await imported('patents', '法律状态.csv', file);
    expect(counts(job)).toEqual({ total: 6, processed: 6, inserted: 2, updated: 0, unchanged: 0, rejected: 4 });
    expect(await history(granted!)).toEqual([
      { seq: 1, action: 'file', from_status: null, to_status: 'pending', date: '2019-04-01' },
      { seq: 2, action: 'grant', from_status: 'pending', to_status: 'granted', date: '2021-06-08' },
    ]);
    expect(await patentRow(granted!)).toMatchObject({ status: 'granted', grant_date: '2021-06-08', version: 1 });
    expect(await history(pending!)).toEqual([{ seq: 1, action: 'file', from_status: null, to_status: 'pending', date: '2019-04-02' }]);
    // The detail page reads the same history, and the stock counts the grant from its date.
    const detail = await json<{ status: string; grantDate: string; statusHistory: { action: string; effectiveDate: string }[] }>(await call(base(), h.viewer, 'GET', `/patents/${(await patentRow(granted!))!.id}`), 200);
    expect(detail).toMatchObject({ status: 'granted', grantDate: '2021-06-08' });
    expect(detail.statusHistory.map((e) => [e.action, e.effectiveDate])).toEqual([['file', '2019-04-01'], ['grant', '2021-06-08']]);
    // Refused rows wrote nothing.
    for (const number of [lapsedOnly!, noDate!, unknown!, early!]) expect(await patentRow(number)).toBeUndefined();
    const errors = await h.db.query(`SELECT row_number, column_name, message_en FROM creation.import_job_errors WHERE job_id = $1 ORDER BY 1`, [job.id]);
    expect(errors.rows.map((r: { row_number: number; column_name: string }) => [r.row_number, r.column_name])).toEqual([
      [4, '法律状态'],
      [5, '法律状态日期'],
      [6, '法律状态'],
      [7, '法律状态日期'],
    ]);
    expect(errors.rows[0].message_en).toContain('cannot become lapsed in one step');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = [await patentRow(granted!), await history(granted!), await patentRow(pending!), await history(pending!)];
    const again = await imported('patents', '法律状态.csv', file);
    expect(counts(again)).toEqual({ total: 6, processed: 6, inserted: 0, updated: 0, unchanged: 2, rejected: 4 });
    expect([await patentRow(granted!), await history(granted!), await patentRow(pending!), await history(pending!)]).toEqual(before);
  });

  it('records a later export’s lapse as the next event (the history moving with the district), and refuses one dated before the history’s last event', async () => {
    const later = [
      csvLine(HEADER),
      csvLine([granted!, '一种锂离子电池', '汕头市某电池有限公司', JINPING, '2019-04-01', 'H01M 10/052', '未缴年费终止', '2024-03-01']),
      csvLine([pending!, '一种电池管理系统', '汕头市某电池有限公司', '440507', '2019-04-02', '', '驳回', '2019-01-05']), // before its filing event
    ].join('\n');
    const job = await imported('patents', 'later.csv', later);
    expect(counts(job)).toEqual({ total: 2, processed: 2, inserted: 0, updated: 1, unchanged: 0, rejected: 1 });
    expect((await history(granted!)).at(-1)).toEqual({ seq: 3, action: 'lapse', from_status: 'granted', to_status: 'lapsed', date: '2024-03-01' });
    expect(await patentRow(granted!)).toMatchObject({ status: 'lapsed', grant_date: '2021-06-08', version: 3 }); // its district and its status changed
    expect(await patentRow(pending!)).toMatchObject({ status: 'pending', version: 1 });
    expect(await history(pending!)).toHaveLength(1);
    const regions = await h.db.query(`SELECT DISTINCT e.region_code FROM creation.patent_status_events e JOIN creation.patents p ON p.id = e.patent_id WHERE p.application_number = $1`, [granted!]);
    expect(regions.rows).toEqual([{ region_code: JINPING }]);
    // The valid stock in its new district: in force from the grant to the lapse.
    const stock = async (asOf: string) => Number((await json<{ value: string }>(await call(base(), h.viewer, 'GET', `/metrics/patents.valid_invention?asOf=${asOf}&district=${JINPING}`), 200)).value);
    expect([await stock('2021-06-07'), await stock('2021-06-08'), await stock('2024-02-29'), await stock('2024-03-01')]).toEqual([0, 1, 1, 0]);
  });
});

describe('importing trademarks from an XLSX', () => {
  it('reads the office headers, dates as dates, classes and kinds in Chinese', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('商标');
    sheet.addRow(['注册号', '国际分类', '注册人', '区县', '商标类型', '注册日', '驰名商标']);
    sheet.addRow(['41000001', '29;30', '汕头市某食品公司', '龙湖区', '集体商标', new Date(Date.UTC(2019, 4, 14)), '是']);
    sheet.addRow([41000002, 28, '汕头市某玩具厂', '440515', 'ordinary', '2020-01-02', '']);
    sheet.addRow(['41000003', '46', '某公司', '440515', '普通商标', '2020-01-02', '']); // class 46 does not exist
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const job = await imported('trademarks', '商标.xlsx', content);
    expect(job.format).toBe('xlsx');
    expect(counts(job)).toEqual({ total: 3, processed: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
    const stored = await h.db.query(`SELECT registration_number, nice_classes, kind, registration_date::text, expiry_date::text, well_known, region_code FROM creation.trademarks WHERE registration_number LIKE '4100000%' ORDER BY 1`);
    expect(stored.rows).toEqual([
      { registration_number: '41000001', nice_classes: [29, 30], kind: 'collective', registration_date: '2019-05-14', expiry_date: '2029-05-13', well_known: true, region_code: LONGHU },
      { registration_number: '41000002', nice_classes: [28], kind: 'ordinary', registration_date: '2020-01-02', expiry_date: '2030-01-01', well_known: false, region_code: CHENGHAI },
    ]);
    const errors = await h.db.query(`SELECT row_number, column_name FROM creation.import_job_errors WHERE job_id = $1`, [job.id]);
    expect(errors.rows).toEqual([{ row_number: 4, column_name: '国际分类' }]);
    const again = await imported('trademarks', '商标.xlsx', content);
    expect(counts(again)).toEqual({ total: 3, processed: 3, inserted: 0, updated: 0, unchanged: 2, rejected: 1 });
  });
});

describe('what an upload refuses, and the templates', () => {
  it('refuses a file that is not a CSV or XLSX, a header lacking a required column, no file and a viewer, creating no job', async () => {
    const jobs = async () => (await h.db.query(`SELECT 1 FROM creation.import_jobs`)).rowCount;
    const before = await jobs();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const notSheet = await upload('patents', 'patents.csv', png);
    expect(notSheet.status).toBe(422);
    expect(((await notSheet.json()) as { message: string }).message).toMatch(/not a CSV or XLSX/);
    const missing = await upload('patents', 'p.csv', '申请号,发明名称,申请人\r\n201710601862.3,x,y\r\n');
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { message: string }).message).toBe('The header row lacks required columns: District, Filing date');
    const form = new FormData();
    const none = await fetch(`${base()}/imports/patents`, { method: 'POST', headers: { authorization: `Bearer ${h.officer}` }, body: form });
    expect(none.status).toBe(400);
    expect((await upload('patents', 'p.csv', PATENT_HEADER.join(','), h.viewer)).status).toBe(403);
    expect((await upload('designs', 'p.csv', PATENT_HEADER.join(','))).status).toBe(400);
    expect(await jobs()).toBe(before);
  });

  it('serves a template per kind that imports as an empty file', async () => {
    const xlsx = await call(base(), h.viewer, 'GET', '/imports/templates/trademarks');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([undefined, '注册号', '国际分类', '注册人', '注册人统一社会信用代码', '区县', '商标类型', '注册日', '驰名商标']);
    const csv = await (await call(base(), h.viewer, 'GET', '/imports/templates/patents?format=csv')).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(`"${PATENT_HEADER.slice(0, 6).join('","')}","IPC分类号","代理机构统一社会信用代码","代理师执业证号","法律状态","法律状态日期"`);
    const job = await imported('patents', 'template.csv', csv);
    expect(counts(job)).toEqual({ total: 0, processed: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 });
  });
});
