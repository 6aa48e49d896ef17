import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { errorMap } from '../common/messages.js';
import { NICE_CLASSES, ZNiceClass, ZTrademarkNumber, isValidTrademarkNumber, niceClassInfo } from './trademark.js';

function messages(schema: z.ZodType, input: unknown): { zh: string[]; en: string[] } {
  const read = (locale: 'zh-CN' | 'en') => schema.safeParse(input, { error: errorMap(locale) }).error?.issues.map((i) => i.message) ?? [];
  return { zh: read('zh-CN'), en: read('en') };
}

describe('trademark registration numbers', () => {
  it('accept 1–10 digits without a leading zero', () => {
    for (const n of ['1', '9', '12345678', '9999999999']) expect(isValidTrademarkNumber(n), n).toBe(true);
    for (const n of ['', '0', '012345', '12345678901', 'G1234567', '1234.5', '-123', '１２３a']) expect(isValidTrademarkNumber(n), n).toBe(false);
  });

  it('accept every positive integer below 10^10 written in decimal, and nothing with more digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), (n) => {
        expect(isValidTrademarkNumber(n.toString())).toBe(n < 10n ** 10n);
      }),
    );
  });

  it('reject any number written with leading zeros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 2 }), (n, zeros) => {
        expect(isValidTrademarkNumber('0'.repeat(zeros) + String(n))).toBe(false);
      }),
    );
  });

  it('are tidied by ZTrademarkNumber and explained when wrong', () => {
    expect(ZTrademarkNumber.parse(' 1234 5678 ')).toBe('12345678');
    expect(ZTrademarkNumber.parse('１２３４５６７８')).toBe('12345678');
    expect(messages(ZTrademarkNumber, '0123')).toEqual({
      zh: ['商标注册号应为1–10位数字，且不以0开头'],
      en: ['Trademark registration number: 1–10 digits, not starting with 0'],
    });
  });
});

describe('Nice classes', () => {
  it('lists all 45 classes in order, 1–34 goods and 35–45 services', () => {
    expect(NICE_CLASSES).toHaveLength(45);
    NICE_CLASSES.forEach((c, i) => {
      expect(c.number).toBe(i + 1);
      expect(c.kind).toBe(c.number <= 34 ? 'goods' : 'services');
      expect(c.zh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(c.en.length).toBeGreaterThan(3);
    });
    expect(new Set(NICE_CLASSES.map((c) => c.zh)).size).toBe(45);
    expect(new Set(NICE_CLASSES.map((c) => c.en)).size).toBe(45);
  });

  it('names the classes the plan relies on', () => {
    expect(niceClassInfo(9)?.zh).toBe('科学仪器');
    expect(niceClassInfo(25)?.zh).toBe('服装鞋帽');
    expect(niceClassInfo(35)).toMatchObject({ zh: '广告销售', kind: 'services' });
    expect(niceClassInfo(45)?.zh).toBe('社会服务');
    expect(niceClassInfo(46)).toBeUndefined();
  });

  it('ZNiceClass accepts exactly the integers 1–45', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 200 }), (n) => {
        expect(ZNiceClass.safeParse(n).success).toBe(n >= 1 && n <= 45);
      }),
    );
    expect(ZNiceClass.safeParse(9.5).success).toBe(false);
    expect(ZNiceClass.safeParse('9').success).toBe(false);
    expect(z.toJSONSchema(ZNiceClass)).toMatchObject({ type: 'integer', minimum: 1, maximum: 45 });
    expect(messages(ZNiceClass, 46)).toEqual({ zh: ['尼斯分类应为第1–45类'], en: ['Nice class must be 1–45'] });
  });
});
