import {
  applyDecorators,
  Injectable,
  SetMetadata,
  StreamableFile,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiProduces, ApiQuery } from '@nestjs/swagger';
import ExcelJS from 'exceljs';
import { lastValueFrom, Observable } from 'rxjs';
import { divisionByCode, localeFromHeader, MAX_PAGE_SIZE, type TLocale } from '@ipbureau/domain';
import { text, unprocessable } from '../errors/domain.exception.js';
import { EXPORT_QUERY } from './export-query.js';
import { validationError } from '../validation/zod.decorators.js';

/** A label in both languages, in either of the shapes the domain's label tables use. */
export type ExportLabel = { 'zh-CN': string; en: string } | { zh: string; en: string };

/**
 * How a value is written to its cell. `money` and `decimal` are the exact decimal strings the
 * API returns; they are written as numbers (so the sheet can sum them) only while a double holds
 * them exactly (15 significant digits), otherwise as text. `date` stays `YYYY-MM-DD` text: a
 * legal date has no time zone to drift by.
 */
export type ExportCellKind = 'text' | 'int' | 'decimal' | 'money' | 'date' | 'instant' | 'boolean' | 'district';

export interface ExportColumn<T = Record<string, unknown>> {
  /** A dotted path into one item of the list response, e.g. `pledgor.name`. */
  key: string;
  header: ExportLabel;
  kind?: ExportCellKind;
  /** Enum value → label, e.g. a status table from the domain. */
  labels?: Readonly<Record<string, ExportLabel>>;
  /** Derives the cell from the whole item instead of `key` (arrays joined, names composed). */
  value?: (item: T, locale: TLocale) => unknown;
  width?: number;
}

export interface XlsxExportOptions<T = Record<string, unknown>> {
  /** The file's base name and the sheet's title. */
  name: ExportLabel;
  columns: readonly ExportColumn<T>[];
}

/** Exports are for the officer's desk, not bulk data: beyond this the filter must narrow it. */
export const EXPORT_MAX_ROWS = 20_000;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XLSX_EXPORT = Symbol('xlsx-export');

type Page = { items: unknown[]; total: number; page: number; pageSize: number };
type ExportRequest = { query: Record<string, unknown>; headers: Record<string, string | undefined>; [EXPORT_QUERY]?: Record<string, unknown> };

function label(value: ExportLabel, locale: TLocale): string {
  if ('zh' in value) return locale === 'en' ? value.en : value.zh;
  return value[locale];
}

function at(item: unknown, path: string): unknown {
  let current: unknown = item;
  for (const part of path.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function isPage(value: unknown): value is Page {
  return typeof value === 'object' && value !== null && Array.isArray((value as Page).items) && typeof (value as Page).total === 'number';
}

const EXACT_DIGITS = 15;

/** One cell's value and number format. */
export function exportCell(value: unknown, column: Pick<ExportColumn, 'kind' | 'labels'>, locale: TLocale): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null || value === undefined || value === '') return { value: null };
  if (Array.isArray(value)) return { value: value.map((v) => exportCell(v, column, locale).value).join('、') };
  if (column.labels && typeof value === 'string' && column.labels[value]) return { value: label(column.labels[value], locale) };
  switch (column.kind) {
    case 'int':
      return { value: Number(value), numFmt: '0' };
    case 'money':
    case 'decimal': {
      const s = String(value);
      const digits = s.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
      if (!/^-?\d+(\.\d+)?$/.test(s) || digits > EXACT_DIGITS) return { value: s };
      return { value: Number(s), numFmt: column.kind === 'money' ? '#,##0.00' : undefined };
    }
    case 'district': {
      // The division's name where the reference data knows the code, else the code itself.
      const division = divisionByCode(String(value));
      return { value: division ? (locale === 'en' ? division.nameEn : division.nameZh) : String(value) };
    }
    case 'boolean':
      return { value: value === true ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否' };
    case 'instant':
      // Shown in China Standard Time, the bureau's clock, as text so no viewer shifts it.
      return { value: new Date(String(value)).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }) };
    default:
      return { value: typeof value === 'object' ? JSON.stringify(value) : String(value) };
  }
}

/** The workbook for `rows`: a header row in the request's language, frozen and filtered. */
export async function buildXlsx<T>(options: XlsxExportOptions<T>, rows: readonly T[], locale: TLocale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ipbureau';
  const sheet = wb.addWorksheet(label(options.name, locale).slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = options.columns.map((c) => ({ header: label(c.header, locale), key: c.key, width: c.width ?? Math.max(12, label(c.header, locale).length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  for (const item of rows) {
    const row = sheet.addRow([]);
    options.columns.forEach((column, index) => {
      const raw = column.value ? column.value(item, locale) : at(item, column.key);
      const cell = row.getCell(index + 1);
      const { value, numFmt } = exportCell(raw, column as ExportColumn, locale);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
  }
  if (options.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: options.columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Runs the decorated list handler for every page of the caller's filter (same scope, same access
 * rule, same validation) and answers the rows as one XLSX sheet instead of JSON.
 */
@Injectable()
export class XlsxExportInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<ExportRequest>();
    const options = this.reflector.get<XlsxExportOptions | undefined>(XLSX_EXPORT, context.getHandler());
    const format = request.query.format;
    if (!options || format === undefined) return next.handle();
    if (format !== 'xlsx') {
      throw validationError([{ path: 'format', code: 'invalid_value', message: localeFromHeader(request.headers['accept-language']) === 'en' ? 'only xlsx is supported' : '仅支持 xlsx' }]);
    }
    const locale = localeFromHeader(request.headers['accept-language']);
    const base = { ...request.query };
    delete base.format;
    const rows: unknown[] = [];
    for (let page = 1; ; page += 1) {
      request[EXPORT_QUERY] = { ...base, page: String(page), pageSize: String(MAX_PAGE_SIZE) };
      const result = await lastValueFrom(next.handle());
      if (!isPage(result)) {
        rows.push(...(Array.isArray(result) ? result : [result]));
        break;
      }
      if (page === 1 && result.total > EXPORT_MAX_ROWS) {
        throw unprocessable(
          text(
            `符合条件的记录有 ${result.total} 条，超过导出上限 ${EXPORT_MAX_ROWS} 条，请缩小筛选范围`,
            `${result.total} records match, more than the ${EXPORT_MAX_ROWS} an export holds: narrow the filter`,
          ),
        );
      }
      rows.push(...result.items);
      if (result.items.length === 0 || page * MAX_PAGE_SIZE >= result.total) break;
    }
    const buffer = await buildXlsx(options, rows as Record<string, unknown>[], locale);
    const stamp = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const filename = `${label(options.name, locale)}-${stamp}.xlsx`;
    return new Observable((subscriber) => {
      subscriber.next(
        new StreamableFile(buffer, {
          type: XLSX_MIME,
          disposition: `attachment; filename="export-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          length: buffer.length,
        }),
      );
      subscriber.complete();
    });
  }
}

/**
 * Lets a list endpoint answer `?format=xlsx` with every row of the caller's filter as an XLSX
 * sheet (headers and enum labels in the request's language, money as exact numbers). The list's
 * own query schema, scope and access rule apply unchanged; `page`/`pageSize` are ignored.
 */
export function XlsxExport<T = Record<string, unknown>>(options: XlsxExportOptions<T>): MethodDecorator {
  return applyDecorators(
    SetMetadata(XLSX_EXPORT, options),
    UseInterceptors(XlsxExportInterceptor),
    ApiQuery({ name: 'format', required: false, enum: ['xlsx'], description: `xlsx: every row of the filter (at most ${EXPORT_MAX_ROWS}) as an XLSX sheet instead of a JSON page` }),
    ApiProduces('application/json', XLSX_MIME),
  );
}
