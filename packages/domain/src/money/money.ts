import { z } from 'zod';
import DecimalModule from 'decimal.js';

/**
 * Money is yuan as an exact decimal: `numeric(18,2)` in PostgreSQL and a canonical string with
 * exactly two decimals in TypeScript (`"779000000.00"`). Arithmetic goes through decimal.js;
 * a JS number never holds an amount while it is computed on.
 */
export type TMoney = string;

// decimal.js ships one CommonJS-flavoured declaration file for both entry points, so under
// NodeNext TypeScript types the default import as the module while the ESM build's default export
// is the class itself. Take the class whichever shape arrives.
const DecimalClass = ((DecimalModule as unknown as { default?: unknown }).default ?? DecimalModule) as typeof DecimalModule.default;

/**
 * A private Decimal with room for every amount we hold (18 digits) and many more: the library's
 * default of 20 significant digits would round sums of large amounts. Cloned so the settings
 * never leak into other users of decimal.js.
 */
const Dec = DecimalClass.clone({ precision: 64, rounding: DecimalClass.ROUND_HALF_UP, toExpNeg: -64, toExpPos: 64 });
type TDec = InstanceType<typeof Dec>;

/** `numeric(18,2)`: at most 16 digits before the point and 2 after. */
export const MONEY_MAX_INTEGER_DIGITS = 16;
export const MONEY_SCALE = 2;

const DECIMAL_TEXT = /^(-)?(\d+)(?:\.(\d+))?$/;

export type TMoneyProblem = 'money.format' | 'money.scale' | 'money.tooLarge' | 'money.negative' | 'money.unsafeNumber';

/**
 * Numbers are accepted only when their value is certainly the decimal that was written: a safe
 * integer, or at most 15 significant digits (all a double is guaranteed to keep) and at most two
 * decimals. `0.1 + 0.2` (0.30000000000000004) is refused, not rounded.
 */
function numberToText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isSafeInteger(value)) return String(value);
  const text = String(value);
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return null;
  const significant = `${match[2] ?? ''}${match[3] ?? ''}`.replace(/^0+/, '');
  return significant.length <= 15 ? text : null;
}

/** Why a value is not money, or null. Strings may carry surrounding white space. */
export function moneyProblem(value: unknown, options: { signed?: boolean } = {}): TMoneyProblem | null {
  let text: string;
  if (typeof value === 'number') {
    const converted = numberToText(value);
    if (converted === null) return 'money.unsafeNumber';
    text = converted;
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return 'money.format';
  }
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return 'money.format';
  const [, minus, integer = '', fraction = ''] = match;
  if (fraction.length > MONEY_SCALE) return 'money.scale';
  if (integer.replace(/^0+(?=\d)/, '').length > MONEY_MAX_INTEGER_DIGITS) return 'money.tooLarge';
  const isZero = /^0+$/.test(integer) && /^0*$/.test(fraction);
  if (minus && !isZero && !options.signed) return 'money.negative';
  return null;
}

function canonical(value: TDec): TMoney {
  const text = value.toFixed(MONEY_SCALE, Dec.ROUND_HALF_UP);
  // Zero, and anything that rounds to it (-0.001), is written without a sign.
  return text === '-0.00' ? '0.00' : text;
}

/**
 * The canonical form of a money value (`"1234.5"` → `"1234.50"`, `12` → `"12.00"`). Throws a
 * RangeError naming the problem when the value is not money.
 */
export function toMoney(value: string | number, options: { signed?: boolean } = {}): TMoney {
  const problem = moneyProblem(value, options);
  if (problem) throw new RangeError(`${problem}: ${JSON.stringify(value)}`);
  return canonical(new Dec(typeof value === 'number' ? (numberToText(value) ?? '') : value.trim()));
}

export function isMoney(value: unknown, options: { signed?: boolean } = {}): boolean {
  return moneyProblem(value, options) === null;
}

/** An amount argument of the helpers: a money string (signed, at most two decimals). */
function amount(value: string): TDec {
  if (typeof value !== 'string') throw new TypeError(`money must be a decimal string, got ${typeof value}`);
  const problem = moneyProblem(value, { signed: true });
  if (problem && problem !== 'money.tooLarge') throw new RangeError(`${problem}: ${JSON.stringify(value)}`);
  return new Dec(value.trim());
}

export function addMoney(a: string, b: string): TMoney {
  return canonical(amount(a).plus(amount(b)));
}

export function subtractMoney(a: string, b: string): TMoney {
  return canonical(amount(a).minus(amount(b)));
}

/** Σ of the amounts, exactly; `"0.00"` for none. */
export function sumMoney(amounts: readonly string[]): TMoney {
  return canonical(amounts.reduce<TDec>((total, a) => total.plus(amount(a)), new Dec(0)));
}

/**
 * amount × ratio (a rate, share or count), rounded to the fen half away from zero (四舍五入),
 * not to even. A ratio given as a number is read as the decimal it prints as (`0.035`).
 */
export function multiplyMoney(value: string, ratio: string | number): TMoney {
  let factor: TDec;
  if (typeof ratio === 'number') {
    if (!Number.isFinite(ratio)) throw new RangeError(`ratio must be finite, got ${ratio}`);
    factor = new Dec(String(ratio));
  } else {
    if (!DECIMAL_TEXT.test(ratio.trim())) throw new RangeError(`ratio must be a decimal string, got ${JSON.stringify(ratio)}`);
    factor = new Dec(ratio.trim());
  }
  return canonical(amount(value).times(factor));
}

/** -1, 0 or 1 as a is less than, equal to or greater than b (by value: `"1.5"` equals `"1.50"`). */
export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const c = amount(a).comparedTo(amount(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 8) throw new RangeError(`decimals must be an integer 0–8, got ${decimals}`);
}

/** Digits grouped by thousands: `-1234567.5` → `-1,234,567.5`. */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = digits.slice(start, end) + (grouped ? `,${grouped}` : '');
  }
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function scaled(value: string, unit: number, decimals: number, grouping: boolean): string {
  checkDecimals(decimals);
  const result = amount(value).dividedBy(unit);
  const text = result.toFixed(decimals, Dec.ROUND_HALF_UP);
  // A result that rounds to zero is shown as zero, without a sign.
  const shown = new Dec(text).isZero() ? new Dec(0).toFixed(decimals) : text;
  return grouping ? groupThousands(shown) : shown;
}

/** The amount in 万元 (ten thousands of yuan), e.g. `779000000.00` → `"77900.00"`. */
export function toWanYuan(value: string, decimals = 2, options: { grouping?: boolean } = {}): string {
  return scaled(value, 10_000, decimals, options.grouping ?? false);
}

/** The amount in 亿元 (hundred millions of yuan), e.g. `779000000.00` → `"7.79"`. */
export function toYiYuan(value: string, decimals = 2, options: { grouping?: boolean } = {}): string {
  return scaled(value, 100_000_000, decimals, options.grouping ?? false);
}

/** The amount in yuan with thousands separators and two decimals: `"779,000,000.00"`. */
export function formatYuan(value: string): string {
  return groupThousands(canonical(amount(value)));
}

function moneySchema(signed: boolean) {
  return z
    .union([z.string(), z.number()])
    .superRefine((value, ctx) => {
      const problem = moneyProblem(value, { signed });
      if (problem) ctx.addIssue({ code: 'custom', params: { i18n: problem } });
    })
    .overwrite((value) => (isMoney(value, { signed }) ? toMoney(value, { signed }) : value))
    .pipe(z.string());
}

/**
 * A non-negative amount of yuan in a request: a decimal string (or a number that is certainly
 * the decimal it prints as) with at most 2 decimals and 16 integer digits; the output is the
 * canonical string (`"779000000.00"`). Schema output (responses) is always a string.
 */
export const ZMoney = moneySchema(false);
/** As `ZMoney`, but negative amounts (refunds, clawbacks, differences) are allowed. */
export const ZSignedMoney = moneySchema(true);
