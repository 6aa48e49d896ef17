import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeLenderName } from './lenders.js';

describe('normalizeLenderName', () => {
  it('removes white space anywhere, ideographic space included', () => {
    expect(normalizeLenderName(' 中国银行 汕头分行\u3000')).toBe('中国银行汕头分行');
    expect(normalizeLenderName('中国银行\t汕头\n分行')).toBe('中国银行汕头分行');
  });

  it('folds full-width letters, digits and brackets to ASCII', () => {
    expect(normalizeLenderName('ＡＢＣ银行（汕头）第２支行')).toBe('ABC银行(汕头)第2支行');
    expect(normalizeLenderName('ｂａｎｋ［１］｛ｘ｝')).toBe('bank[1]{x}');
  });

  it('leaves other characters alone, case and Chinese punctuation included', () => {
    expect(normalizeLenderName('abc银行、汕头分行【澄海】')).toBe('abc银行、汕头分行【澄海】');
  });

  it('is idempotent and never leaves white space', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('中', '行', ' ', '\u3000', 'Ａ', 'a', '１', '（', ')', '\t') }), (s) => {
        const once = normalizeLenderName(s);
        expect(normalizeLenderName(once)).toBe(once);
        expect(once).not.toMatch(/\s/u);
      }),
    );
  });
});
