import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { errorMap } from '../common/messages.js';
import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_WEIGHTS,
  ZCreditCode,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  parseCreditCode,
} from './credit-code.js';

const VECTOR = '91350100M000100Y43';
const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));
const body = fc.string({ unit: alphabetChar, minLength: 17, maxLength: 17 });
const validCode = body.map((b) => b + creditCodeCheckChar(b));

function messages(schema: z.ZodType, input: unknown): { zh: string[]; en: string[] } {
  const read = (locale: 'zh-CN' | 'en') => schema.safeParse(input, { error: errorMap(locale) }).error?.issues.map((i) => i.message) ?? [];
  return { zh: read('zh-CN'), en: read('en') };
}

describe('unified social credit code', () => {
  it('accepts the DOMAIN.md vector and computes its check character', () => {
    expect(isValidCreditCode(VECTOR)).toBe(true);
    expect(creditCodeCheckChar(VECTOR.slice(0, 17))).toBe('3');
  });

  it('accepts codes published by large enterprises', () => {
    for (const code of ['914403001922038216', '9144030071526726XG', '91330100716105852F']) {
      expect(isValidCreditCode(code), code).toBe(true);
    }
  });

  it('rejects a wrong check character, a wrong length and letters outside the alphabet', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('creditCode.checkDigit');
    expect(creditCodeProblem('91350100M000100Y4')).toBe('creditCode.format');
    expect(creditCodeProblem('91350100M000100Y433')).toBe('creditCode.format');
    expect(creditCodeProblem('91350100M000100I43')).toBe('creditCode.format');
    expect(creditCodeProblem('')).toBe('creditCode.format');
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('uses weights 3^i mod 31, all different, so the claims below hold', () => {
    CREDIT_CODE_WEIGHTS.forEach((w, i) => expect(w).toBe(3 ** i % 31));
    expect(new Set(CREDIT_CODE_WEIGHTS).size).toBe(17);
  });

  it('accepts exactly the 31 characters of the alphabet in every position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), fc.integer({ min: 0, max: 16 }), (ch, pos) => {
        const first17 = `${VECTOR.slice(0, pos)}${ch}${VECTOR.slice(pos + 1, 17)}`;
        // Lower case is tidied to upper case, so the question is whether its capital is in the alphabet.
        const inAlphabet = CREDIT_CODE_ALPHABET.includes(ch.toUpperCase());
        const code = inAlphabet ? first17 + creditCodeCheckChar(first17.toUpperCase()) : `${first17}0`;
        expect(isValidCreditCode(code)).toBe(inAlphabet);
      }),
    );
  });

  it('makes any 17 characters valid by appending the computed check character', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(isValidCreditCode(code)).toBe(true);
      }),
    );
  });

  // Changing character i from value a to b changes the sum by (b − a)·w_i. 31 is prime, every
  // weight is non-zero mod 31 and 0 < |b − a| < 31, so the sum mod 31, and with it the check
  // character, always changes: every single substitution is caught.
  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, pos, shift) => {
        const value = CREDIT_CODE_ALPHABET.indexOf(code.charAt(pos));
        const other = CREDIT_CODE_ALPHABET.charAt((value + shift) % 31);
        const changed = `${code.slice(0, pos)}${other}${code.slice(pos + 1)}`;
        expect(changed).not.toBe(code);
        expect(creditCodeProblem(changed)).toBe('creditCode.checkDigit');
      }),
    );
  });

  // Swapping different neighbours a, b at i, i+1 (both weighted) changes the sum by
  // (a − b)(w_{i+1} − w_i), non-zero mod 31 since the weights are distinct powers of 3.
  it('detects every swap of two different neighbouring characters among the first 17', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 15 }), (code, i) => {
        const a = code.charAt(i);
        const b = code.charAt(i + 1);
        fc.pre(a !== b);
        const swapped = `${code.slice(0, i)}${b}${a}${code.slice(i + 2)}`;
        expect(isValidCreditCode(swapped)).toBe(false);
      }),
    );
  });

  it('parses the parts and puts them back together', () => {
    expect(parseCreditCode(VECTOR)).toEqual({
      code: VECTOR,
      registrationAuthority: '9',
      entityType: '1',
      divisionCode: '350100',
      organizationCode: 'M000100Y4',
      checkChar: '3',
    });
    fc.assert(
      fc.property(validCode, (code) => {
        const p = parseCreditCode(code);
        expect(p).not.toBeNull();
        if (!p) return;
        expect(p.registrationAuthority + p.entityType + p.divisionCode + p.organizationCode + p.checkChar).toBe(code);
        expect(p.divisionCode).toBe(code.slice(2, 8));
      }),
    );
    expect(parseCreditCode('91350100M000100Y44')).toBeNull();
  });

  it('tidies what people type: spaces, lower case, full-width characters', () => {
    expect(parseCreditCode(' 9135 0100 m000 100y 43 ')?.code).toBe(VECTOR);
    expect(parseCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')?.code).toBe(VECTOR);
    fc.assert(
      fc.property(validCode, (code) => {
        const typed = ` ${code.toLowerCase().replace(/(.{4})/g, '$1 ')}`;
        expect(ZCreditCode.parse(typed)).toBe(code);
      }),
    );
  });

  it('ZCreditCode returns the canonical code and tells a typo from a malformed code, in both languages', () => {
    expect(ZCreditCode.parse('91350100m000100y43')).toBe(VECTOR);
    expect(messages(ZCreditCode, '91350100M000100Y44')).toEqual({
      zh: ['统一社会信用代码校验码不正确，请检查是否输错'],
      en: ['Unified social credit code: the check character does not match; check for a typo'],
    });
    const malformed = messages(ZCreditCode, '91350100M000100O43');
    expect(malformed.zh).toEqual(['统一社会信用代码应为18位数字或大写字母（不含 I、O、S、V、Z）']);
    expect(malformed.en).toEqual(['Unified social credit code: 18 digits or capital letters (not I, O, S, V, Z)']);
    expect(ZCreditCode.safeParse(18).success).toBe(false);
  });

  it('refuses to compute a check character for a malformed body', () => {
    expect(() => creditCodeCheckChar('9135')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100YI')).toThrow(RangeError);
  });
});
