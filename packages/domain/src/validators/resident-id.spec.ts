import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { errorMap } from '../common/messages.js';
import { isValidResidentId, residentIdCheckChar, residentIdProblem, ZResidentId } from './resident-id.js';

// The standard's own example (GB 11643-1999 appendix) and a number ending in X.
const VECTOR = '11010519491231002X';
const digits17 = fc.tuple(fc.integer({ min: 1950, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 })).map(
  ([y, m, d, seq]) => `440507${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`,
);

describe('resident identity card number', () => {
  it('accepts the standard’s example and computes its check character', () => {
    expect(isValidResidentId(VECTOR)).toBe(true);
    expect(residentIdCheckChar(VECTOR.slice(0, 17))).toBe('X');
  });

  it('rejects a wrong check character, a wrong length, letters and an impossible birth date', () => {
    expect(residentIdProblem('110105194912310021')).toBe('residentId.checkDigit');
    expect(residentIdProblem('11010519491231002')).toBe('residentId.format');
    expect(residentIdProblem('1101051949123100A2')).toBe('residentId.format');
    expect(residentIdProblem('110105194902300020')).toBe('residentId.format');
  });

  it('detects every single-digit substitution in the first 17', () => {
    fc.assert(
      fc.property(digits17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (body, pos, shift) => {
        const id = body + residentIdCheckChar(body);
        const changed = `${id.slice(0, pos)}${(Number(id.charAt(pos)) + shift) % 10}${id.slice(pos + 1)}`;
        expect(isValidResidentId(id)).toBe(true);
        expect(isValidResidentId(changed)).toBe(false);
      }),
    );
  });

  it('ZResidentId tidies what people type and explains a typo in both languages', () => {
    expect(ZResidentId.parse(' 1101 0519 4912 3100 2x ')).toBe(VECTOR);
    const read = (locale: 'zh-CN' | 'en') => ZResidentId.safeParse('110105194912310021', { error: errorMap(locale) }).error?.issues.map((i) => i.message);
    expect(read('zh-CN')).toEqual(['身份证号码校验位不正确，请检查是否输错']);
    expect(read('en')).toEqual(['Resident ID number: the check character does not match; check for a typo']);
  });
});
