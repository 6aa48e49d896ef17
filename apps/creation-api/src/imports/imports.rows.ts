import { z } from 'zod';
import { districtsOf, errorMap, todayInChina, ZCalendarDate, ZDistrictOf, type TAccessClaims } from '@ipbureau/domain';
import {
  IMPORT_COLUMNS,
  parseLegalStatus,
  PATENT_STATUS_LABELS,
  TRADEMARK_KIND_LABELS,
  ZPatentCreate,
  ZTrademarkCreate,
  type TImportColumn,
  type TImportKind,
  type TPatentCreate,
  type TPatentStatus,
  type TTrademarkCreate,
} from '@ipbureau/domain/creation';
import { inScope } from '@ipbureau/nest-kit';
import type { FileRow } from './imports.reader.js';

/** One reason a row is not imported, in both languages, naming the column as the file heads it. */
export interface RowProblem {
  row: number;
  column: string;
  zh: string;
  en: string;
}

/** Where each field's column is in the file, and how the file heads it. */
export interface ColumnMap {
  kind: TImportKind;
  columns: { column: TImportColumn; index: number; header: string }[];
}

const normalizeHeader = (header: string) => header.replace(/^\uFEFF/, '').replace(/[\s*＊]/g, '').toLowerCase();

/**
 * Reads the header row: each cell may be the column's Chinese or English header or its field
 * name (spaces and a required-marking asterisk ignored). Returns the required columns missing.
 */
export function mapHeader(kind: TImportKind, headerCells: string[]): { map: ColumnMap; missing: TImportColumn[] } {
  const positions = new Map(headerCells.map((cell, index) => [normalizeHeader(cell), index]));
  const columns: ColumnMap['columns'] = [];
  const missing: TImportColumn[] = [];
  for (const column of IMPORT_COLUMNS[kind]) {
    const index = [column.zh, column.en, column.field].map(normalizeHeader).map((name) => positions.get(name)).find((i) => i !== undefined);
    if (index === undefined) {
      if (column.required) missing.push(column);
    } else {
      columns.push({ column, index, header: headerCells[index]!.trim() });
    }
  }
  return { map: { kind, columns }, missing };
}

/** The legal status a patent row states, with the date it took effect (null for a pending one given without a date). */
export interface LegalStatus {
  status: TPatentStatus;
  date: string | null;
}

export type ValidRow<T> = { ok: true; row: number; key: string; input: T; legal?: LegalStatus | null };
export type InvalidRow = { ok: false; row: number; key: string | null; problems: RowProblem[] };

/** A date as officers type it (2021-3-5, 2021/03/05, 2021.03.05) or as Excel stores it (a day serial) → YYYY-MM-DD. */
function normalizeDate(text: string): string {
  const serial = /^\d{4,5}(\.0+)?$/.test(text) ? Number(text) : null;
  if (serial !== null && serial > 3000) {
    // Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  }
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return parts ? `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}` : text;
}

const splitList = (text: string) => text.split(/[;；,，、\n]/).map((s) => s.trim()).filter(Boolean);

const districtsByRegion = new Map<string, ReturnType<typeof districtsOf>>();

function districtCode(text: string, regionCode: string): string {
  // The region's districts are worked out once, not for every row.
  let districts = districtsByRegion.get(regionCode);
  if (!districts) districtsByRegion.set(regionCode, (districts = districtsOf(regionCode)));
  if (/^\d{6}$/.test(text)) return text;
  const byName = districts.find((d) => d.nameZh === text || d.nameEn.toLowerCase() === text.toLowerCase());
  return byName?.code ?? text;
}

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '驰名']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '']);

function kindOf(text: string): string {
  const lower = text.toLowerCase();
  const byLabel = Object.entries(TRADEMARK_KIND_LABELS).find(([kind, label]) => kind === lower || label.zh === text || label.en.toLowerCase() === lower);
  return byLabel?.[0] ?? text;
}

/** The request body a row stands for, as the create contract takes it: blanks become null or are left out. */
function rowInput(map: ColumnMap, cells: string[], regionCode: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { column, index } of map.columns) {
    const text = (cells[index] ?? '').trim();
    if (text === '') {
      if (!column.required) input[column.field] = column.field === 'ipcSymbols' ? [] : column.field === 'wellKnown' ? false : null;
      continue;
    }
    switch (column.field) {
      case 'filingDate':
      case 'registrationDate':
      case 'legalStatusDate':
        input[column.field] = normalizeDate(text);
        break;
      case 'ipcSymbols':
        input[column.field] = splitList(text);
        break;
      case 'niceClasses':
        input[column.field] = splitList(text).map((c) => (/^\d+$/.test(c) ? Number(c) : c));
        break;
      case 'district':
        input[column.field] = districtCode(text, regionCode);
        break;
      case 'kind':
        input[column.field] = kindOf(text);
        break;
      case 'wellKnown':
        input[column.field] = TRUE_WORDS.has(text.toLowerCase()) ? true : FALSE_WORDS.has(text.toLowerCase()) ? false : text;
        break;
      default:
        input[column.field] = text;
    }
  }
  return input;
}

/**
 * Checks one row the way the create endpoint checks a body (the same zod contract, messages in
 * both languages), plus what a background job must check itself: the district lies in the
 * deployment's region and in the uploader's data scope, a registration date is not in the future.
 */
export class RowValidator {
  private readonly district: z.ZodType;
  private readonly districtCodes: Set<string>;

  constructor(
    private readonly map: ColumnMap,
    private readonly regionCode: string,
    private readonly principal: TAccessClaims,
  ) {
    this.district = z.object({ district: ZDistrictOf(regionCode) });
    this.districtCodes = new Set(districtsOf(regionCode).map((d) => d.code));
  }

  validate(fileRow: FileRow): ValidRow<TPatentCreate> | ValidRow<TTrademarkCreate> | InvalidRow {
    const raw = rowInput(this.map, fileRow.cells, this.regionCode);
    // The legal status is not part of the create contract: it becomes a status event, checked here.
    const legalText = raw.legalStatus as string | null | undefined;
    const legalDate = raw.legalStatusDate as string | null | undefined;
    delete raw.legalStatus;
    delete raw.legalStatusDate;
    const keyField = this.map.kind === 'patents' ? 'applicationNumber' : 'registrationNumber';
    const schema: z.ZodType = this.map.kind === 'patents' ? ZPatentCreate : ZTrademarkCreate;
    // Parsed once; the messages in both languages are worked out only for a row that fails.
    const parsed = schema.safeParse(raw);
    const problems = parsed.success ? [] : this.issues(schema, raw, fileRow.row);
    const districtHeader = this.headerOf('district');
    if (!this.districtCodes.has(raw.district as string) && !problems.some((p) => p.column === districtHeader)) problems.push(...this.issues(this.district, { district: raw.district }, fileRow.row));
    const key = parsed.success ? String((parsed.data as Record<string, unknown>)[keyField]) : typeof raw[keyField] === 'string' ? (raw[keyField] as string) : null;
    const legal = this.map.kind === 'patents' ? this.legalStatus(fileRow.row, legalText ?? null, legalDate ?? null, parsed.success ? (parsed.data as TPatentCreate).filingDate : null, problems) : null;
    if (problems.length > 0 || !parsed.success) return { ok: false, row: fileRow.row, key, problems };
    const data = parsed.data as TPatentCreate | TTrademarkCreate;
    if (!inScope(this.principal, { regionCode: data.district, departmentId: this.principal.dept })) {
      return { ok: false, row: fileRow.row, key, problems: [this.problem(fileRow.row, 'district', '该区县不在您的数据范围内', 'This district is outside your data scope')] };
    }
    if ('registrationDate' in data && data.registrationDate > todayInChina()) {
      return { ok: false, row: fileRow.row, key, problems: [this.problem(fileRow.row, 'registrationDate', '注册日不能晚于今天', 'The registration date cannot be in the future')] };
    }
    return this.map.kind === 'patents' ? { ok: true, row: fileRow.row, key: key!, input: data as TPatentCreate, legal } : { ok: true, row: fileRow.row, key: key!, input: data as TTrademarkCreate };
  }

  /**
   * The legal status a row states: a known wording, with the date it took effect (any status but
   * pending needs one), a date neither before the filing date nor after today. Problems are added.
   */
  private legalStatus(row: number, text: string | null, date: string | null, filingDate: string | null, problems: RowProblem[]): LegalStatus | null {
    if (text === null) {
      if (date !== null) problems.push(this.problem(row, 'legalStatusDate', '填写了法律状态日期但未填写法律状态', 'A legal status date without a legal status'));
      return null;
    }
    const status = parseLegalStatus(text);
    if (status === null) {
      const known = Object.values(PATENT_STATUS_LABELS).map((l) => l.zh).join('、');
      problems.push(this.problem(row, 'legalStatus', `无法识别的法律状态「${text}」，应为：${known}`, `Unknown legal status "${text}"; one of pending, granted, rejected, withdrawn, lapsed, invalidated, expired`));
      return null;
    }
    if (date === null) {
      if (status === 'pending') return { status, date: null };
      problems.push(this.problem(row, 'legalStatusDate', '填写法律状态时须填写其生效日期', 'A legal status needs the date it took effect'));
      return null;
    }
    if (!ZCalendarDate.safeParse(date).success) {
      problems.push(this.problem(row, 'legalStatusDate', '日期格式不正确，应为 YYYY-MM-DD', 'Not a date; write YYYY-MM-DD'));
      return null;
    }
    if (date > todayInChina()) {
      problems.push(this.problem(row, 'legalStatusDate', '法律状态日期不能晚于今天', 'The legal status date cannot be in the future'));
      return null;
    }
    if (filingDate !== null && date < filingDate) {
      problems.push(this.problem(row, 'legalStatusDate', '法律状态日期不能早于申请日', 'The legal status date cannot be before the filing date'));
      return null;
    }
    return { status, date };
  }

  /** A problem with a field, named by the column heading it in the file. */
  problem(row: number, field: string, zh: string, en: string): RowProblem {
    return { row, column: this.headerOf(field), zh, en };
  }

  private headerOf(field: string): string {
    const mapped = this.map.columns.find((c) => c.column.field === field);
    return mapped?.header ?? IMPORT_COLUMNS[this.map.kind].find((c) => c.field === field)?.zh ?? field;
  }

  private issues(schema: z.ZodType, input: unknown, row: number): RowProblem[] {
    const zh = schema.safeParse(input, { error: errorMap('zh-CN') });
    if (zh.success) return [];
    const en = schema.safeParse(input, { error: errorMap('en') });
    const enIssues = en.success ? [] : en.error.issues;
    return zh.error.issues.map((issue, i) => ({
      row,
      column: this.headerOf(String(issue.path[0] ?? '')),
      zh: issue.message,
      en: enIssues[i]?.message ?? issue.message,
    }));
  }
}
