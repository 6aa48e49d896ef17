import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { errorMap } from '../common/messages.js';
import { IPC_SECTIONS, IPC_SECTION_LETTERS, ZIpcSymbol, formatIpcSymbol, isValidIpcSymbol, normalizeIpcSymbol, parseIpcSymbol } from './ipc.js';

function messages(schema: z.ZodType, input: unknown): { zh: string[]; en: string[] } {
  const read = (locale: 'zh-CN' | 'en') => schema.safeParse(input, { error: errorMap(locale) }).error?.issues.map((i) => i.message) ?? [];
  return { zh: read('zh-CN'), en: read('en') };
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: min, maxLength: max });
const ipcParts = fc.record({
  section: fc.constantFrom(...IPC_SECTION_LETTERS),
  class: digits(2, 2).filter((c) => c !== '00'),
  subclass: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')),
  mainGroup: fc.integer({ min: 1, max: 9999 }).map(String),
  subgroup: digits(2, 6),
});

describe('IPC symbols', () => {
  it('parse the examples', () => {
    expect(parseIpcSymbol('H04L 9/32')).toEqual({
      section: 'H',
      class: '04',
      subclass: 'L',
      mainGroup: '9',
      subgroup: '32',
      subclassSymbol: 'H04L',
      normalized: 'H04L 9/32',
    });
    expect(parseIpcSymbol('A61K 31/4439')).toMatchObject({ section: 'A', class: '61', subclass: 'K', mainGroup: '31', subgroup: '4439' });
    expect(parseIpcSymbol('G06F 3/00')?.subgroup).toBe('00');
  });

  it('normalize spacing, case, leading zeros of the group and full-width characters', () => {
    expect(normalizeIpcSymbol('H04L9/32')).toBe('H04L 9/32');
    expect(normalizeIpcSymbol('  h04l   9 / 32 ')).toBe('H04L 9/32');
    expect(normalizeIpcSymbol('H04L 0009/32')).toBe('H04L 9/32');
    expect(normalizeIpcSymbol('Ｈ０４Ｌ　９／３２')).toBe('H04L 9/32');
  });

  it('reject what is not a symbol', () => {
    for (const s of ['I01B 1/00', 'H4L 9/32', 'H04 9/32', 'H04L 9/3', 'H04L 9/1234567', 'H04L 12345/00', 'H00L 9/32', 'H04L 0/32', 'H04L 9-32', 'H04L', '']) {
      expect(isValidIpcSymbol(s), s).toBe(false);
    }
  });

  it('round-trip parts → symbol → parts', () => {
    fc.assert(
      fc.property(ipcParts, (parts) => {
        const symbol = formatIpcSymbol(parts);
        expect(symbol).toBe(`${parts.section}${parts.class}${parts.subclass} ${parts.mainGroup}/${parts.subgroup}`);
        expect(parseIpcSymbol(symbol)).toMatchObject(parts);
      }),
    );
  });

  it('give the same canonical symbol whatever spacing and case it was typed with', () => {
    fc.assert(
      fc.property(ipcParts, fc.array(fc.constantFrom('', ' ', '  '), { minLength: 5, maxLength: 5 }), fc.boolean(), (parts, gaps, lower) => {
        const [g0 = '', g1 = '', g2 = '', g3 = '', g4 = ''] = gaps;
        const typed = `${g0}${parts.section}${parts.class}${parts.subclass}${g1}${parts.mainGroup}${g2}/${g3}${parts.subgroup}${g4}`;
        expect(normalizeIpcSymbol(lower ? typed.toLowerCase() : typed)).toBe(formatIpcSymbol(parts));
      }),
    );
  });

  it('reject any section letter after H', () => {
    fc.assert(
      fc.property(ipcParts, fc.constantFrom(...'IJKLMNOPQRSTUVWXYZ'.split('')), (parts, section) => {
        expect(isValidIpcSymbol(`${section}${parts.class}${parts.subclass} ${parts.mainGroup}/${parts.subgroup}`)).toBe(false);
      }),
    );
  });

  it('refuses to format parts that are not a symbol', () => {
    expect(() => formatIpcSymbol({ section: 'H', class: '4', subclass: 'L', mainGroup: '9', subgroup: '32' })).toThrow(RangeError);
  });

  it('lists the eight sections A–H with titles', () => {
    expect(IPC_SECTIONS.map((s) => s.section)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(IPC_SECTIONS.find((s) => s.section === 'H')).toEqual({ section: 'H', zh: '电学', en: 'Electricity' });
    for (const s of IPC_SECTIONS) expect(s.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('ZIpcSymbol returns the canonical symbol and explains a wrong one', () => {
    expect(ZIpcSymbol.parse('a61k31/4439')).toBe('A61K 31/4439');
    expect(messages(ZIpcSymbol, 'H04L-9/32')).toEqual({ zh: ['IPC分类号格式不正确，应如 H04L 9/32'], en: ['IPC symbol: write it like H04L 9/32'] });
  });
});
