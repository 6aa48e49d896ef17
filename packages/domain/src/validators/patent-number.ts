import { z } from 'zod';
import { compactIdentifier } from './normalize.js';

/**
 * Chinese patent application numbers 专利申请号 (CNIPA standard ZC 0006-2003) and patent numbers
 * 专利号 (`ZL` + application number).
 *
 * - From 1 October 2003: `YYYY T NNNNNNN . C`, twelve digits (filing year, type, serial) and a
 *   check character; weights 2,3,4,5,6,7,8,9,2,3,4,5.
 * - Before: `YY T NNNNN . C`, eight digits (1985–2003) and a check character; weights 2…9.
 *
 * Check = Σ digit·weight mod 11, with 10 written `X`. Type T: 1 invention 发明, 2 utility model
 * 实用新型, 3 design 外观设计, 8 PCT application entering the national phase as an invention, 9 the
 * same as a utility model.
 */
export const PATENT_TYPES = ['invention', 'utility_model', 'design', 'pct_invention', 'pct_utility_model'] as const;
export const ZPatentType = z.enum(PATENT_TYPES);
export type TPatentType = z.infer<typeof ZPatentType>;

/** The type digit each type is numbered with. */
export const PATENT_TYPE_DIGITS: Record<TPatentType, string> = {
  invention: '1',
  utility_model: '2',
  design: '3',
  pct_invention: '8',
  pct_utility_model: '9',
};

export const PATENT_TYPE_LABELS: Record<TPatentType, { zh: string; en: string }> = {
  invention: { zh: '发明', en: 'Invention' },
  utility_model: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
  pct_invention: { zh: 'PCT发明（进入中国国家阶段）', en: 'PCT invention (national phase)' },
  pct_utility_model: { zh: 'PCT实用新型（进入中国国家阶段）', en: 'PCT utility model (national phase)' },
};

const TYPE_BY_DIGIT = new Map<string, TPatentType>(
  PATENT_TYPES.map((type) => [PATENT_TYPE_DIGITS[type], type] as const),
);

export type TPatentNumberFormat = '2004' | 'legacy';

/** First and last filing year each format is accepted for (the 12-digit form began in Oct 2003). */
export const PATENT_NUMBER_YEARS: Record<TPatentNumberFormat, { from: number; to: number }> = {
  '2004': { from: 2003, to: 2099 },
  legacy: { from: 1985, to: 2003 },
};

const WEIGHTS_2004 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;
const WEIGHTS_LEGACY = [2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The check character of the 12 digits (2004 form) or 8 digits (legacy form) of an application
 * number: Σ digit·weight mod 11, 10 → `X`. Throws a RangeError for any other input.
 */
export function patentCheckDigit(digits: string): string {
  const weights = /^\d{12}$/.test(digits) ? WEIGHTS_2004 : /^\d{8}$/.test(digits) ? WEIGHTS_LEGACY : null;
  if (!weights) throw new RangeError(`not 8 or 12 digits: ${JSON.stringify(digits)}`);
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += Number(digits.charAt(i)) * weight;
  });
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

export type TParsedPatentApplicationNumber = {
  format: TPatentNumberFormat;
  /** Filing year, four digits (legacy `95…` is 1995). */
  year: number;
  type: TPatentType;
  /** Serial within year and type as written: 7 digits (2004 form) or 5 digits (legacy). */
  serial: string;
  check: string;
  /** Canonical application number, e.g. `201710601862.3`, `95115608.X`. */
  normalized: string;
};

export type TParsedPatentNumber = TParsedPatentApplicationNumber & {
  /** The application number the patent was granted on, e.g. `201710601862.3`. */
  applicationNumber: string;
  /** Here the canonical patent number, e.g. `ZL201710601862.3`. */
  normalized: string;
};

export type TPatentNumberProblem = 'format' | 'type' | 'checkDigit';

type TAnalysis = { parsed: TParsedPatentApplicationNumber; problem: null } | { parsed: null; problem: TPatentNumberProblem };

/**
 * Read an application number as people write it: optional `CN` or `ZL` prefix, spaces anywhere
 * (`ZL 2017 1 0601862.3`), full-width characters, lower-case `x`, the dot left out.
 */
function analyse(input: string): TAnalysis {
  const compact = compactIdentifier(input).replace(/^(?:CN|ZL)/, '');
  const match = /^(\d{12}|\d{8})\.?([0-9X])$/.exec(compact);
  const digits = match?.[1];
  const check = match?.[2];
  if (digits === undefined || check === undefined) return { parsed: null, problem: 'format' };
  const format: TPatentNumberFormat = digits.length === 12 ? '2004' : 'legacy';
  let year: number;
  let typeDigit: string;
  let serial: string;
  if (format === '2004') {
    year = Number(digits.slice(0, 4));
    typeDigit = digits.charAt(4);
    serial = digits.slice(5);
  } else {
    const yy = Number(digits.slice(0, 2));
    year = yy >= 85 ? 1900 + yy : 2000 + yy;
    typeDigit = digits.charAt(2);
    serial = digits.slice(3);
  }
  const years = PATENT_NUMBER_YEARS[format];
  if (year < years.from || year > years.to) return { parsed: null, problem: 'format' };
  const type = TYPE_BY_DIGIT.get(typeDigit);
  if (!type) return { parsed: null, problem: 'type' };
  if (patentCheckDigit(digits) !== check) return { parsed: null, problem: 'checkDigit' };
  return { parsed: { format, year, type, serial, check, normalized: `${digits}.${check}` }, problem: null };
}

/** The parts of an application number, or null when it is not valid. */
export function parsePatentApplicationNumber(input: string): TParsedPatentApplicationNumber | null {
  return analyse(input).parsed;
}

/** The parts of a patent number (`ZL` + application number; `CN` or no prefix accepted), or null. */
export function parsePatentNumber(input: string): TParsedPatentNumber | null {
  const parsed = analyse(input).parsed;
  if (!parsed) return null;
  return { ...parsed, applicationNumber: parsed.normalized, normalized: `ZL${parsed.normalized}` };
}

/** Why an input is not a valid application number (after tidying), or null when it is. */
export function patentApplicationNumberProblem(input: string): TPatentNumberProblem | null {
  return analyse(input).problem;
}

export function isValidPatentApplicationNumber(input: string): boolean {
  return analyse(input).problem === null;
}

export function isValidPatentNumber(input: string): boolean {
  return analyse(input).problem === null;
}

/** Canonical patent number for an application number (`ZL` + canonical application number), or null. */
export function patentNumberOf(applicationNumber: string): string | null {
  return parsePatentNumber(applicationNumber)?.normalized ?? null;
}

/**
 * Build the canonical application number from its parts, computing the check character. Throws a
 * RangeError when a part does not fit the format.
 */
export function formatPatentApplicationNumber(parts: {
  format: TPatentNumberFormat;
  year: number;
  type: TPatentType;
  serial: string;
}): string {
  const { format, year, type, serial } = parts;
  const years = PATENT_NUMBER_YEARS[format];
  if (!Number.isInteger(year) || year < years.from || year > years.to) {
    throw new RangeError(`year ${year} is outside ${years.from}–${years.to} for the ${format} format`);
  }
  const serialLength = format === '2004' ? 7 : 5;
  if (!new RegExp(`^\\d{${serialLength}}$`).test(serial)) {
    throw new RangeError(`serial must be ${serialLength} digits for the ${format} format`);
  }
  const yearDigits = format === '2004' ? String(year) : String(year % 100).padStart(2, '0');
  const digits = `${yearDigits}${PATENT_TYPE_DIGITS[type]}${serial}`;
  return `${digits}.${patentCheckDigit(digits)}`;
}

function patentNumberSchema(keyPrefix: 'patentApplicationNumber' | 'patentNumber', canonical: (parsed: TParsedPatentApplicationNumber) => string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const { problem } = analyse(value);
      if (problem) ctx.addIssue({ code: 'custom', params: { i18n: `${keyPrefix}.${problem}` } });
    })
    .overwrite((value) => {
      const { parsed } = analyse(value);
      return parsed ? canonical(parsed) : value;
    });
}

/** A patent application number in a request; the output is canonical (`201710601862.3`). */
export const ZPatentApplicationNumber = patentNumberSchema('patentApplicationNumber', (parsed) => parsed.normalized);
export type TPatentApplicationNumber = z.infer<typeof ZPatentApplicationNumber>;

/** A patent number in a request; the output is canonical (`ZL201710601862.3`). */
export const ZPatentNumber = patentNumberSchema('patentNumber', (parsed) => `ZL${parsed.normalized}`);
export type TPatentNumber = z.infer<typeof ZPatentNumber>;
