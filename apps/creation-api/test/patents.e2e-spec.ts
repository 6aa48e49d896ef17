import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { TPatent } from '@ipbureau/domain/creation';
import { committedOpenApi, routeAccessReport, xlsxRows, type TestService } from '@ipbureau/nest-kit/testing';
import { applicationNumber, JINPING, LONGHU, patentInput, startCreation, type CreationHarness } from './creation-test-kit.js';

let harness: CreationHarness;
let creation: TestService;
let issuer: CreationHarness['issuer'];
let officer: string;
let viewer: string;
let db: pg.Pool;

beforeAll(async () => {
  harness = await startCreation();
  ({ service: creation, issuer, officer, viewer, db } = harness);
});
afterAll(async () => {
  await harness?.close();
});

const register = (token: string, body: unknown) =>
  fetch(`${creation.baseUrl}/patents`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' }, body: JSON.stringify(body) });
const read = (token: string, path: string) => fetch(`${creation.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });

async function registered(body: Record<string, unknown>): Promise<TPatent> {
  const res = await register(officer, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as TPatent;
}

const patentRows = async (number: unknown) => (await db.query(`SELECT 1 FROM creation.patents WHERE application_number = $1`, [number])).rowCount;

describe('creation-api as a service', () => {
  it('answers health with the database up', async () => {
    const res = await fetch(`${creation.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', service: 'creation', database: 'up' });
  });

  it('serves its OpenAPI page and document, and the committed openapi.json is current', async () => {
    expect((await fetch(`${creation.baseUrl}/docs`)).status).toBe(200);
    expect((await fetch(`${creation.baseUrl}/docs-json`)).status).toBe(200);
    const { served, committed } = await committedOpenApi(creation.baseUrl, new URL('../openapi.json', import.meta.url).pathname);
    expect(committed).toBe(served);
  });

  it('declares an access rule on every route', () => {
    const routes = routeAccessReport(creation.app);
    expect(routes.map((r) => r.route)).toEqual(
      expect.arrayContaining([
        'POST /patents',
        'GET /patents',
        'GET /patents/:id',
        'PATCH /patents/:id',
        'POST /patents/:id/transitions',
        'POST /trademarks',
        'GET /trademarks',
        'GET /trademarks/:id',
        'PATCH /trademarks/:id',
        'POST /trademarks/:id/transitions',
        'POST /enterprises',
        'GET /enterprises',
        'GET /enterprises/:id',
        'PATCH /enterprises/:id',
        'POST /enterprises/:id/titles',
        'POST /enterprises/:id/titles/:titleId/end',
        'POST /enterprises/:id/certifications',
        'POST /enterprises/:id/certifications/:certificationId/transitions',
        'GET /ipc-industry-mappings',
        'POST /ipc-industry-mappings',
        'PATCH /ipc-industry-mappings/:id',
        'DELETE /ipc-industry-mappings/:id',
        'GET /patents/:id/high-value',
        'POST /patents/:id/family-members',
        'DELETE /patents/:id/family-members/:childId',
        'POST /patents/:id/awards',
        'DELETE /patents/:id/awards/:childId',
        'GET /metrics',
        'GET /metrics/:key',
      ]),
    );
    expect(routes.filter((r) => !r.declared)).toEqual([]);
  });

  it('refuses every patent route without a token', async () => {
    expect((await fetch(`${creation.baseUrl}/patents`)).status).toBe(401);
    expect((await fetch(`${creation.baseUrl}/patents/${crypto.randomUUID()}`)).status).toBe(401);
    const res = await fetch(`${creation.baseUrl}/patents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patentInput()) });
    expect(res.status).toBe(401);
  });
});

describe('registering a patent', () => {
  it('does not let a viewer register a patent, and writes nothing', async () => {
    const body = patentInput();
    const res = await register(viewer, body);
    expect(res.status).toBe(403);
    expect(await patentRows(body.applicationNumber)).toBe(0);
  });

  it('registers a patent as pending, stores the canonical number, reads the type from it, and audits it once', async () => {
    const number = applicationNumber('utility_model', 2024);
    const typed = ` ${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)} `;
    const patent = await registered(patentInput({ applicationNumber: typed, filingDate: '2024-03-01', district: JINPING }));
    expect(patent).toMatchObject({ applicationNumber: number, patentType: 'utility_model', status: 'pending', district: JINPING, filingDate: '2024-03-01' });
    const events = await db.query(`SELECT actor_name, action FROM audit.events WHERE entity = 'patent' AND entity_id = $1`, [patent.id]);
    expect(events.rows).toEqual([{ actor_name: '陈科员', action: 'create' }]);
    expect(await read(viewer, `/patents/${patent.id}`).then((r) => r.json())).toEqual(patent);
  });

  it('rejects a malformed body naming every bad field, and writes nothing', async () => {
    const valid = applicationNumber();
    const wrongCheckDigit = valid.slice(0, -1) + (valid.endsWith('1') ? '2' : '1');
    const res = await register(officer, { ...patentInput(), applicationNumber: wrongCheckDigit, title: 42, applicantCreditCode: '91350100M000100Y44', filingDate: '2023-02-30', unknownField: true });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; issues: { path: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues.map((i) => i.path).sort()).toEqual(['applicantCreditCode', 'applicationNumber', 'filingDate', 'title', 'unknownField']);
    expect(await patentRows(wrongCheckDigit)).toBe(0);
  });

  it('rejects a filing date outside the year the application number carries', async () => {
    const body = patentInput({ applicationNumber: applicationNumber('invention', 2023), filingDate: '2022-12-31' });
    const res = await register(officer, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['filingDate']);
    expect(await patentRows(body.applicationNumber)).toBe(0);
  });

  it('rejects a district outside the region the deployment serves', async () => {
    const body = patentInput({ district: '440305' });
    const res = await register(officer, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['district']);
    expect(await patentRows(body.applicationNumber)).toBe(0);
  });

  it('rejects a second registration of the same application number, however it is written', async () => {
    const first = await registered(patentInput());
    const res = await register(officer, patentInput({ applicationNumber: `CN${first.applicationNumber.replace('.', '')}` }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toContain(first.applicationNumber);
    expect(await patentRows(first.applicationNumber)).toBe(1);
  });

  it('keeps the filing date as the calendar date whatever the server’s time zone', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const patent = await registered(patentInput({ filingDate: '2023-01-01' }));
      const again = (await read(viewer, `/patents/${patent.id}`).then((r) => r.json())) as TPatent;
      expect(again.filingDate).toBe('2023-01-01');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('listing patents', () => {
  let longhuDesign: TPatent;
  let jinpingInvention: TPatent;

  beforeAll(async () => {
    longhuDesign = await registered(patentInput({ applicationNumber: applicationNumber('design'), title: '包装盒（凤凰单丛）' }));
    jinpingInvention = await registered(patentInput({ district: JINPING, applicantName: '汕头大学', applicantCreditCode: null }));
  });

  it('filters by type, district and a piece of the title, applicant or number', async () => {
    const ids = async (query: string) => ((await read(viewer, `/patents?${query}`).then((r) => r.json())) as { items: TPatent[] }).items.map((p) => p.id);
    expect(await ids('patentType=design')).toEqual([longhuDesign.id]);
    expect(await ids(`district=${JINPING}&patentType=invention`)).toContain(jinpingInvention.id);
    expect(await ids(`district=${JINPING}&patentType=invention`)).not.toContain(longhuDesign.id);
    expect(await ids(`q=${encodeURIComponent('凤凰单丛')}`)).toEqual([longhuDesign.id]);
    expect(await ids(`q=${encodeURIComponent('汕头大学')}`)).toEqual([jinpingInvention.id]);
    expect(await ids(`q=${jinpingInvention.applicationNumber.slice(4, 12)}`)).toEqual([jinpingInvention.id]);
    expect(await ids('q=%25')).toEqual([]);
  });

  it('exports the filtered list, every page of it, as XLSX in the reader’s language', async () => {
    const res = await fetch(`${creation.baseUrl}/patents?district=${JINPING}&patentType=invention&pageSize=1&format=xlsx`, { headers: { authorization: `Bearer ${viewer}` } });
    const [header, ...rows] = await xlsxRows(res);
    expect(header!.slice(0, 4)).toEqual(['申请号', '专利类型', '名称', '申请人']);
    const listed = ((await read(viewer, `/patents?district=${JINPING}&patentType=invention&pageSize=200`).then((r) => r.json())) as { items: TPatent[] }).items;
    expect(rows.map((r) => r[0])).toEqual(listed.map((p) => p.applicationNumber));
    const row = rows.find((r) => r[0] === jinpingInvention.applicationNumber)!;
    expect(row.slice(1, 4)).toEqual(['发明', jinpingInvention.title, '汕头大学']);
    expect(row[5]).toBe('金平区');
    const english = await xlsxRows(await fetch(`${creation.baseUrl}/patents?district=${JINPING}&format=xlsx`, { headers: { authorization: `Bearer ${viewer}`, 'accept-language': 'en' } }));
    expect(english[0]![0]).toBe('Application number');
  });

  it('pages the list and says how many there are', async () => {
    const page = (await read(viewer, '/patents?pageSize=1&page=2').then((r) => r.json())) as { items: TPatent[]; total: number; page: number };
    expect(page.items).toHaveLength(1);
    expect(page.page).toBe(2);
    expect(page.total).toBeGreaterThanOrEqual(2);
  });

  it('shows a user scoped to Longhu only Longhu’s patents, and no other district’s by id', async () => {
    const longhuOnly = await issuer.mint(['creation:viewer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    const page = (await read(longhuOnly, '/patents?pageSize=200').then((r) => r.json())) as { items: TPatent[]; total: number };
    expect(page.items.map((p) => p.id)).toContain(longhuDesign.id);
    expect(page.items.every((p) => p.district === LONGHU)).toBe(true);
    expect(page.total).toBe(page.items.length);
    expect((await read(longhuOnly, `/patents/${jinpingInvention.id}`)).status).toBe(404);
    expect((await read(longhuOnly, `/patents/${longhuDesign.id}`)).status).toBe(200);
  });

  it('does not let a Longhu-scoped officer register a patent in another district', async () => {
    const longhuOfficer = await issuer.mint(['creation:officer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    const body = patentInput({ district: JINPING });
    expect((await register(longhuOfficer, body)).status).toBe(403);
    expect(await patentRows(body.applicationNumber)).toBe(0);
  });

  it('answers 404 for an id that does not exist and 400 for one that is not an id', async () => {
    expect((await read(viewer, `/patents/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await read(viewer, '/patents/not-a-uuid')).status).toBe(400);
  });
});
