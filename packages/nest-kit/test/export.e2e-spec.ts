import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TErrorBody } from '@ipbureau/domain';
import { createProbeModule } from './probe.module.js';
import { startTestService, TestTokenIssuer, type TestService } from '../src/testing/index.js';

let service: TestService;
let issuer: TestTokenIssuer;
let token: string;

beforeAll(async () => {
  issuer = await TestTokenIssuer.start();
  service = await startTestService({
    adminUrl: inject('databaseUrl'),
    identity: { service: 'creation', schema: 'creation', defaultPort: 0 },
    createModule: createProbeModule,
    env: { PLATFORM_JWKS_URL: issuer.jwksUrl },
  });
  token = await issuer.mint(['creation:viewer']);
});
afterAll(async () => {
  await service?.close();
  await issuer?.close();
});

const get = (path: string, language = 'zh-CN', bearer: string | null = token) =>
  fetch(`${service.baseUrl}${path}`, { headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), 'accept-language': language } });

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb.worksheets[0]!;
}

describe('a list exported as XLSX', () => {
  it('holds every row of the filter across pages, headers and labels in the caller’s language, money exact', async () => {
    const res = await get('/counted?count=450&page=2&pageSize=5&format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(/attachment;.*计数-\d{4}-\d{2}-\d{2}\.xlsx/);
    const sheet = await sheetOf(res);
    expect(sheet.name).toBe('计数');
    expect(sheet.rowCount).toBe(451);
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '名称', '金额（元）', '状态', '日期', '标签']);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, '行1', 0.1, '已结', '2024-01-02', 't1、x']);
    expect(sheet.getRow(451).values).toEqual([undefined, 450, '行450', 45, '办理中', '2025-03-26', 't450、x']);
    expect(sheet.getCell('C3').numFmt).toBe('#,##0.00');
    // 0.10 + 0.20 summed from the sheet is exactly what the rows say.
    expect(Number(sheet.getCell('C2').value) * 10 + Number(sheet.getCell('C3').value) * 10).toBe(3);
  });

  it('speaks English when asked', async () => {
    const sheet = await sheetOf(await get('/counted?count=2&format=xlsx', 'en'));
    expect(sheet.name).toBe('Counted');
    expect(sheet.getRow(1).values).toEqual([undefined, 'No.', 'Title', 'Amount (CNY)', 'Status', 'Date', 'Tags']);
    expect(sheet.getCell('D2').value).toBe('Closed');
  });

  it('is still the JSON page without format', async () => {
    const res = await get('/counted?count=450&page=3&pageSize=200');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { n: number }[]; total: number };
    expect(body.total).toBe(450);
    expect(body.items.map((i) => i.n)).toEqual(Array.from({ length: 50 }, (_, i) => 401 + i));
  });

  it('validates the list’s own query, names an unknown format, and keeps the access rule', async () => {
    const bad = await get('/counted?count=-1&format=xlsx', 'en');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as TErrorBody).issues?.[0]?.path).toBe('count');
    const csv = await get('/counted?count=3&format=csv', 'en');
    expect(csv.status).toBe(400);
    expect(((await csv.json()) as TErrorBody).issues?.[0]?.path).toBe('format');
    expect((await get('/counted?count=3&format=xlsx', 'en', null)).status).toBe(401);
  });

  it('refuses more rows than an export holds, asking to narrow the filter', async () => {
    const res = await get('/counted?count=20001&format=xlsx', 'en');
    expect(res.status).toBe(422);
    expect(((await res.json()) as TErrorBody).message).toContain('narrow the filter');
  });
});
