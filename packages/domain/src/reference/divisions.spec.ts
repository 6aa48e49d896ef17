import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { errorMap } from '../common/messages.js';
import { DIVISIONS, ZDistrictOf, districtsOf, divisionByCode, isWithin, type TDivision } from './divisions.js';

function messages(schema: z.ZodType, input: unknown): { zh: string[]; en: string[] } {
  const read = (locale: 'zh-CN' | 'en') => schema.safeParse(input, { error: errorMap(locale) }).error?.issues.map((i) => i.message) ?? [];
  return { zh: read('zh-CN'), en: read('en') };
}

const SHANTOU_DISTRICTS = ['440507', '440511', '440512', '440513', '440514', '440515', '440523'];

describe('administrative divisions', () => {
  it('hold Shantou and its seven county-level divisions under Guangdong', () => {
    expect(divisionByCode('440000')).toMatchObject({ nameZh: '广东省', parentCode: null, level: 'province' });
    expect(divisionByCode('440500')).toMatchObject({ nameZh: '汕头市', parentCode: '440000', level: 'city' });
    expect(districtsOf('440500').map((d) => `${d.code} ${d.nameZh}`)).toEqual([
      '440507 龙湖区',
      '440511 金平区',
      '440512 濠江区',
      '440513 潮阳区',
      '440514 潮南区',
      '440515 澄海区',
      '440523 南澳县',
    ]);
    expect(divisionByCode('440523')?.nameEn).toBe('Nan’ao County');
    expect(divisionByCode('999999')).toBeUndefined();
  });

  it('are consistent data: unique six-digit codes, parents present one tier up, codes nested', () => {
    const codes = DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    const tier = { province: 0, city: 1, district: 2 } as const;
    for (const d of DIVISIONS) {
      expect(d.code).toMatch(/^\d{6}$/);
      expect(d.nameZh).toMatch(/[省市区县]$/);
      expect(d.nameEn.length).toBeGreaterThan(0);
      if (d.parentCode === null) {
        expect(d.level).toBe('province');
        expect(d.code.endsWith('0000')).toBe(true);
        continue;
      }
      const parent = divisionByCode(d.parentCode);
      expect(parent, d.code).toBeDefined();
      if (!parent) continue;
      expect(tier[d.level]).toBeGreaterThan(tier[parent.level]);
      // GB/T 2260 nests codes: a city shares its province's first two digits, a district its city's first four.
      const shared = parent.level === 'province' ? 2 : 4;
      expect(d.code.slice(0, shared)).toBe(parent.code.slice(0, shared));
    }
  });

  it('place a district within its city and its province, and within itself', () => {
    for (const code of SHANTOU_DISTRICTS) {
      expect(isWithin(code, '440500')).toBe(true);
      expect(isWithin(code, '440000')).toBe(true);
      expect(isWithin(code, code)).toBe(true);
    }
    expect(isWithin('440500', '440000')).toBe(true);
    expect(isWithin('440500', '440507')).toBe(false);
    expect(isWithin('440000', '440500')).toBe(false);
    expect(isWithin('440507', '440511')).toBe(false);
    expect(isWithin('440305', '440000')).toBe(false);
    expect(isWithin('440599', '440500')).toBe(false);
  });

  it('relate any two known codes by ancestry only', () => {
    const known = fc.constantFrom(...DIVISIONS.map((d) => d.code));
    fc.assert(
      fc.property(known, known, (a, b) => {
        // Within both ways means the same division.
        if (isWithin(a, b) && isWithin(b, a)) expect(a).toBe(b);
        // Within is transitive through the parent.
        const parent = divisionByCode(a)?.parentCode;
        if (parent && isWithin(parent, b)) expect(isWithin(a, b)).toBe(true);
      }),
    );
  });

  it('list every district of a province, and none of a district', () => {
    expect(districtsOf('440000').map((d) => d.code)).toEqual(SHANTOU_DISTRICTS);
    expect(districtsOf('440507')).toEqual([]);
    expect(districtsOf('999999')).toEqual([]);
  });

  it('take another city as data alone', () => {
    const withJieyang: TDivision[] = [
      ...DIVISIONS,
      { code: '445200', nameZh: '揭阳市', nameEn: 'Jieyang', parentCode: '440000', level: 'city' },
      { code: '445202', nameZh: '榕城区', nameEn: 'Rongcheng District', parentCode: '445200', level: 'district' },
    ];
    expect(districtsOf('445200', withJieyang).map((d) => d.code)).toEqual(['445202']);
    expect(districtsOf('440000', withJieyang)).toHaveLength(8);
    expect(isWithin('445202', '440000', withJieyang)).toBe(true);
    expect(isWithin('445202', '440500', withJieyang)).toBe(false);
    const ZJieyang = ZDistrictOf('445200', withJieyang);
    expect(ZJieyang.safeParse('445202').success).toBe(true);
    expect(ZJieyang.safeParse('440507').success).toBe(false);
  });

  it('ZDistrictOf accepts only the districts of its region', () => {
    const ZShantouDistrict = ZDistrictOf('440500');
    for (const code of SHANTOU_DISTRICTS) expect(ZShantouDistrict.parse(code)).toBe(code);
    expect(ZDistrictOf('440000').safeParse('440513').success).toBe(true);
    for (const code of ['440500', '440000', '440305', '445202']) expect(ZShantouDistrict.safeParse(code).success, code).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')), (code) => {
        expect(ZShantouDistrict.safeParse(code).success).toBe(SHANTOU_DISTRICTS.includes(code));
      }),
    );
  });

  it('ZDistrictOf explains a code of another region and a malformed code, in both languages', () => {
    const ZShantouDistrict = ZDistrictOf('440500');
    expect(messages(ZShantouDistrict, '440305')).toEqual({ zh: ['不是本地区的行政区划代码'], en: ['Not a district of this region'] });
    // A malformed code gets one message, not two.
    expect(messages(ZShantouDistrict, '4405')).toEqual({ zh: ['行政区划代码应为6位数字'], en: ['Region code must be 6 digits'] });
  });
});
