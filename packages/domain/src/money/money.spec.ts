import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { errorMap } from '../common/messages.js';
import {
  ZMoney,
  ZSignedMoney,
  addMoney,
  compareMoney,
  formatYuan,
  isMoney,
  moneyProblem,
  multiplyMoney,
  subtractMoney,
  sumMoney,
  toMoney,
  toWanYuan,
  toYiYuan,
} from './money.js';

function messages(schema: z.ZodType, input: unknown): { zh: string[]; en: string[] } {
  const read = (locale: 'zh-CN' | 'en') => schema.safeParse(input, { error: errorMap(locale) }).error?.issues.map((i) => i.message) ?? [];
  return { zh: read('zh-CN'), en: read('en') };
}

// The oracle works in integer fen with BigInt, so it shares no arithmetic with the code under test.
const MAX_CENTS = 10n ** 18n - 1n; // numeric(18,2)
function fromCents(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
/** a / b rounded half away from zero, in integers. */
function divideHalfUp(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const q = ((a < 0n ? -a : a) * 2n + (b < 0n ? -b : b)) / (2n * (b < 0n ? -b : b));
  return negative ? -q : q;
}
/** The same amount written in the ways a client might: `12.5`, `12.50`, `0012.50`. */
function writtenAs(cents: bigint, style: number): string {
  const canonical = fromCents(cents);
  if (style === 1) return canonical.replace(/\.?0+$/, '').replace(/^(-?)$/, '$10') || '0';
  if (style === 2) return canonical.replace(/^(-?)/, '$1000');
  return canonical;
}

const cents = fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS });
const nonNegativeCents = fc.bigInt({ min: 0n, max: MAX_CENTS });
const signedMoney = cents.map(fromCents);

describe('ZMoney', () => {
  it('returns the canonical string with two decimals', () => {
    expect(ZMoney.parse('779000000')).toBe('779000000.00');
    expect(ZMoney.parse('1234.5')).toBe('1234.50');
    expect(ZMoney.parse(' 5.00 ')).toBe('5.00');
    expect(ZMoney.parse('0007.10')).toBe('7.10');
    expect(ZMoney.parse('-0.00')).toBe('0.00');
    expect(ZMoney.parse('9999999999999999.99')).toBe('9999999999999999.99');
    expect(ZSignedMoney.parse('-12.3')).toBe('-12.30');
  });

  it('accepts a number only when it is certainly the decimal it prints as', () => {
    expect(ZMoney.parse(12)).toBe('12.00');
    expect(ZMoney.parse(0.1)).toBe('0.10');
    expect(ZMoney.parse(123456789012.34)).toBe('123456789012.34');
    expect(ZMoney.parse(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991.00');
    expect(moneyProblem(0.1 + 0.2)).toBe('money.unsafeNumber');
    expect(moneyProblem(2 ** 53)).toBe('money.unsafeNumber');
    expect(moneyProblem(Number.NaN)).toBe('money.unsafeNumber');
    expect(moneyProblem(Number.POSITIVE_INFINITY)).toBe('money.unsafeNumber');
    expect(moneyProblem(1e21)).toBe('money.unsafeNumber');
    expect(moneyProblem(1e-7)).toBe('money.unsafeNumber');
    expect(moneyProblem(1.005)).toBe('money.scale');
  });

  it('rejects what is not an amount, with the reason', () => {
    expect(moneyProblem('1.234')).toBe('money.scale');
    expect(moneyProblem('10000000000000000.00')).toBe('money.tooLarge');
    expect(moneyProblem('-1.00')).toBe('money.negative');
    expect(moneyProblem('-1.00', { signed: true })).toBeNull();
    for (const text of ['abc', '1e5', '1,000.00', '', '.5', '5.', '+5', '¥5', '0x10', ' - 5']) expect(moneyProblem(text), text).toBe('money.format');
    expect(moneyProblem(null)).toBe('money.format');
    expect(ZMoney.safeParse(true).success).toBe(false);
    expect(() => toMoney('1.234')).toThrow(RangeError);
  });

  it('writes every amount of numeric(18,2) canonically however it was written', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 2 }), (c, style) => {
        const written = writtenAs(c, style);
        expect(ZSignedMoney.parse(written)).toBe(fromCents(c));
        expect(ZMoney.safeParse(written).success).toBe(c >= 0n);
      }),
    );
  });

  it('accepts a number of cents as a number exactly when the oracle says the double is exact', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (c) => {
        // At most 15 significant digits: the double nearest the decimal prints back as that decimal.
        const value = Number(fromCents(c));
        expect(ZMoney.parse(value)).toBe(fromCents(c));
      }),
    );
  });

  it('has no transform, so OpenAPI can describe requests and responses', () => {
    expect(z.toJSONSchema(ZMoney, { io: 'input' })).toMatchObject({ type: ['string', 'number'] });
    expect(z.toJSONSchema(ZSignedMoney, { io: 'output' })).toMatchObject({ type: 'string' });
  });

  it('explains failures in both languages', () => {
    expect(messages(ZMoney, '1.234')).toEqual({ zh: ['金额最多保留两位小数（精确到分）'], en: ['Amount may have at most two decimals (fen)'] });
    expect(messages(ZMoney, '-5')).toEqual({ zh: ['金额不能为负数'], en: ['Amount must not be negative'] });
    expect(messages(ZMoney, 'abc').en).toEqual(['Amount must be a number like 1234.56']);
    expect(messages(ZMoney, '12345678901234567').zh).toEqual(['金额整数部分最多16位']);
    expect(messages(ZMoney, 0.1 + 0.2).en).toEqual(['Amount is not an exact number; send it as a string such as "1234.56"']);
  });
});

describe('money arithmetic', () => {
  it('adds 0.10 ten times to exactly 1.00, where floats do not', () => {
    let floatTotal = 0;
    for (let i = 0; i < 10; i++) floatTotal += 0.1;
    expect(floatTotal).not.toBe(1);
    let total = '0.00';
    for (let i = 0; i < 10; i++) total = addMoney(total, '0.10');
    expect(total).toBe('1.00');
    expect(sumMoney(Array.from({ length: 10 }, () => '0.10'))).toBe('1.00');
  });

  it('sums the plan’s pledge figures exactly', () => {
    expect(addMoney('779000000.00', '93000000.00')).toBe('872000000.00');
    expect(sumMoney([])).toBe('0.00');
  });

  it('keeps every digit of amounts where doubles would lose them', () => {
    expect(addMoney('9999999999999999.99', '0.01')).toBe('10000000000000000.00');
    expect(subtractMoney('9007199254740993.01', '0.02')).toBe('9007199254740992.99');
    expect(sumMoney(Array.from({ length: 1000 }, () => '9999999999999999.99'))).toBe('9999999999999999990.00');
  });

  it('adds, subtracts and sums exactly (BigInt oracle)', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        expect(addMoney(fromCents(a), fromCents(b))).toBe(fromCents(a + b));
        expect(subtractMoney(fromCents(a), fromCents(b))).toBe(fromCents(a - b));
        expect(subtractMoney(addMoney(fromCents(a), fromCents(b)), fromCents(b))).toBe(fromCents(a));
      }),
    );
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 50 }), (list) => {
        expect(sumMoney(list.map(fromCents))).toBe(fromCents(list.reduce((s, c) => s + c, 0n)));
      }),
    );
  });

  it('compares by value', () => {
    expect(compareMoney('1.5', '1.50')).toBe(0);
    expect(compareMoney('-0.01', '0')).toBe(-1);
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        expect(compareMoney(fromCents(a), fromCents(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('multiplies and rounds half away from zero to the fen, not to even', () => {
    expect(multiplyMoney('100.00', '0.035')).toBe('3.50');
    expect(multiplyMoney('0.05', '0.5')).toBe('0.03');
    expect(multiplyMoney('0.15', '0.5')).toBe('0.08');
    expect(multiplyMoney('-0.05', '0.5')).toBe('-0.03');
    expect(multiplyMoney('0.01', '0.4')).toBe('0.00');
    expect(multiplyMoney('1.00', 3)).toBe('3.00');
    expect(multiplyMoney('10000.00', 0.035)).toBe('350.00');
    // 65,000,000 insured over 650 contracts: 100,000.00 each.
    expect(multiplyMoney('65000000.00', '0.0015384615384615385')).toBe('100000.00');
  });

  it('multiplies exactly before rounding once (BigInt oracle)', () => {
    fc.assert(
      fc.property(cents, fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 8 }), (c, r, k) => {
        const scale = 10n ** BigInt(k);
        const abs = r < 0n ? -r : r;
        const ratio = `${r < 0n ? '-' : ''}${abs / scale}${k > 0 ? `.${String(abs % scale).padStart(k, '0')}` : ''}`;
        expect(multiplyMoney(fromCents(c), ratio)).toBe(fromCents(divideHalfUp(c * r, scale)));
      }),
    );
  });

  it('refuses inputs that are not money', () => {
    expect(() => addMoney('0.1', '1e3')).toThrow(RangeError);
    expect(() => addMoney('1.234', '1')).toThrow(RangeError);
    expect(() => sumMoney(['1.00', 'NaN'])).toThrow(RangeError);
    expect(() => multiplyMoney('1.00', Number.NaN)).toThrow(RangeError);
    expect(() => multiplyMoney('1.00', '1/3')).toThrow(RangeError);
    expect(isMoney('1.00')).toBe(true);
    expect(isMoney('1.001')).toBe(false);
  });
});

describe('money display', () => {
  it('shows 万元 and 亿元 with the decimals asked for', () => {
    expect(toWanYuan('779000000.00')).toBe('77900.00');
    expect(toYiYuan('779000000.00')).toBe('7.79');
    expect(toYiYuan('800000000', 1)).toBe('8.0');
    expect(toWanYuan('12851000.00', 1)).toBe('1285.1');
    expect(toWanYuan('5000', 0)).toBe('1');
    expect(toWanYuan('-5000', 0)).toBe('-1');
    expect(toWanYuan('49.99')).toBe('0.00');
    expect(toWanYuan('-49.99')).toBe('0.00');
    expect(toWanYuan('123456789012.00', 2, { grouping: true })).toBe('12,345,678.90');
    expect(toYiYuan('65000000.00', 4)).toBe('0.6500');
    expect(() => toWanYuan('1.00', -1)).toThrow(RangeError);
    expect(() => toWanYuan('1.00', 1.5)).toThrow(RangeError);
  });

  it('converts to 万元 exactly (BigInt oracle)', () => {
    fc.assert(
      fc.property(nonNegativeCents, fc.integer({ min: 0, max: 6 }), (c, d) => {
        // c fen = c / 100 yuan = c / 10^6 万元; shown with d decimals.
        const units = divideHalfUp(c * 10n ** BigInt(d), 10n ** 6n);
        const scale = 10n ** BigInt(d);
        const expected = d === 0 ? `${units}` : `${units / scale}.${String(units % scale).padStart(d, '0')}`;
        expect(toWanYuan(fromCents(c), d)).toBe(expected);
      }),
    );
  });

  it('groups yuan by thousands with two decimals', () => {
    expect(formatYuan('779000000')).toBe('779,000,000.00');
    expect(formatYuan('-1234567.5')).toBe('-1,234,567.50');
    expect(formatYuan('999')).toBe('999.00');
    expect(formatYuan('1000')).toBe('1,000.00');
    expect(formatYuan('0.5')).toBe('0.50');
    fc.assert(
      fc.property(signedMoney, (money) => {
        const shown = formatYuan(money);
        expect(shown.replaceAll(',', '')).toBe(money);
        expect(shown).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
      }),
    );
  });
});
