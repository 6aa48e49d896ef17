import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TImportFormat } from '@ipbureau/domain/creation';

/** One data row of a file: its row number in the file (the header is row 1) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What a file is, from its content rather than its name: an XLSX is a zip archive; a CSV is text
 * (UTF-8, or GB 18030 as Excel saves CSV on a Chinese Windows) without control bytes. Anything
 * else (a PDF, an image, an old .xls) is null.
 */
export function sniffFormat(content: Buffer): TImportFormat | null {
  if (content.length >= 4 && content.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (content.length === 0) return null;
  const text = decodeText(content);
  if (text === null) return null;
  // eslint-disable-next-line no-control-regex -- binary files are told apart by their control bytes
  return /[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 4096)) ? null : 'csv';
}

/** The text of a CSV: UTF-8 (a byte-order mark dropped) or, failing that, GB 18030. */
export function decodeText(content: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(content);
    } catch {
      return null;
    }
  }
}

/** A cell of a workbook as the text an officer sees; dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value as string | number | boolean);
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const isSpace = (code: number) => code === 32 || code === 9 || code === 11 || code === 12 || (code > 127 && /\s/.test(String.fromCharCode(code)));

/**
 * The non-blank rows of a CSV, header included, counted in one pass over its text without
 * splitting it into cells (a tenth of the parser's time): the records `readRows` yields, by the
 * same rules (RFC 4180 quoting, CR, LF or CRLF between records, a record of empty or blank cells
 * skipped).
 */
export function countCsvRows(text: string): number {
  let rows = 0;
  let blank = true;
  let quoted = false;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (quoted) {
      if (code === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          blank = false; // an escaped quote is content
          i += 1;
        } else {
          quoted = false;
        }
      } else if (blank && !isSpace(code) && code !== LF && code !== CR) {
        blank = false;
      }
      continue;
    }
    if (code === QUOTE) quoted = true;
    else if (code === LF || code === CR) {
      if (!blank) rows += 1;
      blank = true;
      if (code === CR && text.charCodeAt(i + 1) === LF) i += 1;
    } else if (blank && code !== COMMA && !isSpace(code)) blank = false;
  }
  return blank ? rows : rows + 1;
}

/** The non-blank rows of a file, header included (a CSV by `countCsvRows`, a workbook by reading it). */
export async function countRows(content: Buffer, format: TImportFormat): Promise<number> {
  if (format === 'csv') return countCsvRows(decodeText(content) ?? '');
  let rows = 0;
  for await (const row of readRows(content, format)) rows += row ? 1 : 0;
  return rows;
}

/**
 * The records of a CSV text, each as its cells, by RFC 4180 (a quoted cell may hold commas, line
 * breaks and doubled quotes; CR, LF or CRLF end a record; a byte-order mark is dropped), in one pass
 * over the text with `indexOf` between the special characters: about twenty times the rate of
 * @fast-csv/parse's stream, which went through a stream and an event per record. The last record
 * may end without a line break; a file ending in a line break has no empty record after it. Text
 * after a closing quote other than blanks is an error, as it was with the parser this replaces.
 */
export function* csvRecords(text: string): Generator<string[]> {
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < end) {
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        // A quoted cell: up to the quote that is not doubled.
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            value += text.slice(from);
            i = end;
            break;
          }
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Only blanks may stand between the closing quote and the separator.
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (!isSpace(c)) throw new Error(`Malformed CSV: text after a closing quote at character ${j}`);
          j += 1;
        }
        cells.push(value);
        i = j;
      } else {
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          j += 1;
        }
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i >= end) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i += 1;
        if (i >= end) {
          cells.push('');
          break;
        }
        continue;
      }
      // A line break ends the record.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      break;
    }
    yield cells;
  }
}

/** Every non-blank row of the file, header first, read as a stream (a large file is never held as rows). */
export async function* readRows(content: Buffer, format: TImportFormat): AsyncGenerator<FileRow> {
  if (format === 'csv') {
    let row = 0;
    for (const cells of csvRecords(decodeText(content) ?? '')) {
      row += 1;
      if (!isBlank(cells)) yield { row, cells };
    }
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit' });
  // The first worksheet is the data; a template's second sheet of notes is not read.
  for await (const worksheet of reader) {
    for await (const sheetRow of worksheet) {
      const values = sheetRow.values as ExcelJS.CellValue[];
      const cells = values.slice(1).map((value) => cellText(value));
      for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
      if (!isBlank(cells)) yield { row: sheetRow.number, cells };
    }
    break;
  }
}
