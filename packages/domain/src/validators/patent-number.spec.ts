import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { errorMap } from '../common/messages.js';
import {
  PATENT_TYPES,
  PATENT_TYPE_DIGITS,
  ZPatentApplicationNumber,
  ZPatentNumber,
  formatPatentApplicationNumber,
  isValidPatentApplicationNumber,
  isValidPatentNumber,
  parsePatentApplicationNumber,
  parsePatentNumber,
  patentApplicationNumberProblem,
  patentCheckDigit,
  patentNumberOf,
  type TPatentType,
} from './patent-number.js';

function messages(schema: z.ZodType, input: unknown): { zh: string[]; en: string[] } {
  const read = (locale: 'zh-CN' | 'en') => schema.safeParse(input, { error: errorMap(locale) }).error?.issues.map((i) => i.message) ?? [];
  return { zh: read('zh-CN'), en: read('en') };
}

const patentType = fc.constantFrom<TPatentType>(...PATENT_TYPES);
const digitString = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: length, maxLength: length });
const parts2004 = fc.record({
  format: fc.constant('2004' as const),
  year: fc.integer({ min: 2003, max: 2099 }),
  type: patentType,
  serial: digitString(7),
});
const partsLegacy = fc.record({
  format: fc.constant('legacy' as const),
  year: fc.integer({ min: 1985, max: 2003 }),
  type: patentType,
  serial: digitString(5),
});
const anyParts = fc.oneof(parts2004, partsLegacy);
const validNumber = anyParts.map(formatPatentApplicationNumber);

describe('patent application numbers', () => {
  it('accepts the DOMAIN.md vectors and parses them', () => {
    expect(parsePatentApplicationNumber('201710601862.3')).toEqual({
      format: '2004',
      year: 2017,
      type: 'invention',
      serial: '0601862',
      check: '3',
      normalized: '201710601862.3',
    });
    expect(parsePatentApplicationNumber('95115608.X')).toEqual({
      format: 'legacy',
      year: 1995,
      type: 'invention',
      serial: '15608',
      check: 'X',
      normalized: '95115608.X',
    });
  });

  it('computes check characters by the two weight tables', () => {
    expect(patentCheckDigit('201710601862')).toBe('3');
    expect(patentCheckDigit('95115608')).toBe('X');
    // 2·2 + 1·4 + 8·5 + 3·6 + 1·5 = 71 ≡ 5 (mod 11)
    expect(patentCheckDigit('201830000001')).toBe('5');
    expect(parsePatentApplicationNumber('201830000001.5')?.type).toBe('design');
    // 0·2 + 3·3 + 9·4 + 1·5 = 50 ≡ 6 (mod 11): a 2003 PCT utility model in the old form
    expect(parsePatentApplicationNumber('03910000.6')).toMatchObject({ year: 2003, type: 'pct_utility_model', serial: '10000' });
    expect(() => patentCheckDigit('2017106018')).toThrow(RangeError);
    expect(() => patentCheckDigit('20171060186a')).toThrow(RangeError);
  });

  it('reads the type digit: 5th in the 2004 form, 3rd in the old form', () => {
    for (const type of PATENT_TYPES) {
      expect(parsePatentApplicationNumber(formatPatentApplicationNumber({ format: '2004', year: 2020, type, serial: '1234567' }))?.type).toBe(type);
      expect(parsePatentApplicationNumber(formatPatentApplicationNumber({ format: 'legacy', year: 1999, type, serial: '12345' }))?.type).toBe(type);
    }
    expect(formatPatentApplicationNumber({ format: '2004', year: 2020, type: 'pct_invention', serial: '0000001' }).charAt(4)).toBe('8');
    expect(formatPatentApplicationNumber({ format: 'legacy', year: 1999, type: 'utility_model', serial: '00001' }).slice(0, 3)).toBe('992');
  });

  it('rejects known-bad numbers with the reason', () => {
    expect(patentApplicationNumberProblem('201710601862.4')).toBe('checkDigit');
    expect(patentApplicationNumberProblem('95115608.1')).toBe('checkDigit');
    expect(patentApplicationNumberProblem('201740601862.3')).toBe('type');
    expect(patentApplicationNumberProblem('95415608.X')).toBe('type');
    expect(patentApplicationNumberProblem('201710601862')).toBe('format');
    expect(patentApplicationNumberProblem('2017106018623.3')).toBe('format');
    expect(patentApplicationNumberProblem('199910601862.4')).toBe('format');
    expect(patentApplicationNumberProblem('84115608.X')).toBe('format');
    expect(patentApplicationNumberProblem('ZLCN201710601862.3')).toBe('format');
    expect(patentApplicationNumberProblem('CN107358xxxA')).toBe('format');
    expect(patentApplicationNumberProblem('')).toBe('format');
    expect(isValidPatentApplicationNumber('201710601862.4')).toBe(false);
  });

  it('accepts the forms people type and gives back the canonical number', () => {
    for (const typed of [
      '201710601862.3',
      'CN201710601862.3',
      'ZL201710601862.3',
      'ZL 2017 1 0601862.3',
      'cn 2017 1060 1862 .3',
      '2017106018623',
      '２０１７１０６０１８６２．３',
    ]) {
      expect(ZPatentApplicationNumber.parse(typed), typed).toBe('201710601862.3');
      expect(ZPatentNumber.parse(typed), typed).toBe('ZL201710601862.3');
    }
    expect(ZPatentApplicationNumber.parse('95115608x')).toBe('95115608.X');
    expect(ZPatentNumber.parse('zl95115608.x')).toBe('ZL95115608.X');
  });

  it('round-trips parts → number → parts for both forms', () => {
    fc.assert(
      fc.property(anyParts, (parts) => {
        const number = formatPatentApplicationNumber(parts);
        const parsed = parsePatentApplicationNumber(number);
        expect(parsed).toMatchObject(parts);
        expect(parsed?.normalized).toBe(number);
        expect(number).toMatch(parts.format === '2004' ? /^\d{12}\.[\dX]$/ : /^\d{8}\.[\dX]$/);
      }),
    );
  });

  it('round-trips any spacing and prefix to the same canonical number', () => {
    fc.assert(
      fc.property(validNumber, fc.constantFrom('', 'CN', 'ZL', 'cn ', 'ZL '), fc.boolean(), (number, prefix, dropDot) => {
        const typed = `${prefix}${dropDot ? number.replace('.', '') : number}`.replace(/(\d{4})/, '$1 ');
        expect(parsePatentApplicationNumber(typed)?.normalized).toBe(number);
        expect(parsePatentNumber(typed)?.normalized).toBe(`ZL${number}`);
      }),
    );
  });

  // Changing digit i from a to b changes the weighted sum by (b − a)·w_i. 11 is prime, every
  // weight (2…9) is non-zero mod 11 and 0 < |b − a| ≤ 9, so the check character always changes.
  it('changes the check character on any single-digit substitution', () => {
    fc.assert(
      fc.property(fc.oneof(digitString(12), digitString(8)), fc.nat(), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const i = at % digits.length;
        const changed = `${digits.slice(0, i)}${(Number(digits.charAt(i)) + shift) % 10}${digits.slice(i + 1)}`;
        expect(patentCheckDigit(changed)).not.toBe(patentCheckDigit(digits));
      }),
    );
  });

  // Swapping different neighbours a, b changes the sum by (a − b)(w_i − w_{i+1}); neighbouring
  // weights differ by 1 or (9 → 2) by 7, neither ≡ 0 mod 11.
  it('changes the check character on any swap of two different neighbouring digits', () => {
    fc.assert(
      fc.property(fc.oneof(digitString(12), digitString(8)), fc.nat(), (digits, at) => {
        const i = at % (digits.length - 1);
        const a = digits.charAt(i);
        const b = digits.charAt(i + 1);
        fc.pre(a !== b);
        const swapped = `${digits.slice(0, i)}${b}${a}${digits.slice(i + 2)}`;
        expect(patentCheckDigit(swapped)).not.toBe(patentCheckDigit(digits));
      }),
    );
  });

  it('rejects a valid number whose check character is replaced', () => {
    fc.assert(
      fc.property(validNumber, fc.constantFrom(...'0123456789X'.split('')), (number, check) => {
        fc.pre(number.slice(-1) !== check);
        expect(patentApplicationNumberProblem(number.slice(0, -1) + check)).toBe('checkDigit');
      }),
    );
  });

  it('refuses to format parts that do not fit', () => {
    expect(() => formatPatentApplicationNumber({ format: '2004', year: 2002, type: 'invention', serial: '0000001' })).toThrow(RangeError);
    expect(() => formatPatentApplicationNumber({ format: 'legacy', year: 2004, type: 'invention', serial: '00001' })).toThrow(RangeError);
    expect(() => formatPatentApplicationNumber({ format: '2004', year: 2017, type: 'invention', serial: '12345' })).toThrow(RangeError);
  });

  it('maps the type digits one to one', () => {
    expect(new Set(Object.values(PATENT_TYPE_DIGITS))).toEqual(new Set(['1', '2', '3', '8', '9']));
  });
});

describe('patent numbers', () => {
  it('are ZL + the application number', () => {
    expect(parsePatentNumber('ZL201710601862.3')).toMatchObject({
      applicationNumber: '201710601862.3',
      normalized: 'ZL201710601862.3',
      type: 'invention',
      year: 2017,
    });
    expect(patentNumberOf('201710601862.3')).toBe('ZL201710601862.3');
    expect(patentNumberOf('201710601862.4')).toBeNull();
    expect(isValidPatentNumber('ZL95115608.X')).toBe(true);
    expect(isValidPatentNumber('ZL95115608.9')).toBe(false);
  });

  it('explain failures in both languages, with application-number and patent-number wording', () => {
    expect(messages(ZPatentApplicationNumber, '201710601862.4')).toEqual({
      zh: ['专利申请号校验位不正确，请检查是否输错'],
      en: ['Patent application number: the check digit does not match; check for a typo'],
    });
    expect(messages(ZPatentNumber, 'ZL201710601862.4')).toEqual({
      zh: ['专利号校验位不正确，请检查是否输错'],
      en: ['Patent number: the check digit does not match; check for a typo'],
    });
    expect(messages(ZPatentNumber, 'ZL201740601862.3').en).toEqual(['Patent number: the type digit must be 1, 2, 3, 8 or 9']);
    expect(messages(ZPatentApplicationNumber, '201740601862.3').zh).toEqual(['专利申请号中的专利类型位应为 1、2、3、8 或 9']);
    expect(messages(ZPatentApplicationNumber, 'abc').zh).toEqual(['专利申请号格式不正确，应如 201710601862.3（早期申请如 95115608.X）']);
    expect(messages(ZPatentNumber, 'abc').en).toEqual(['Patent number: write it like ZL201710601862.3']);
  });
});
