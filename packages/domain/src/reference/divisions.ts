import { z } from 'zod';

/**
 * Administrative divisions 行政区划 (GB/T 2260) as reference data. Each record names its parent, so
 * the tree is the data: serving another city (or a whole province) means adding its records, not
 * changing code. Codes are the official six digits; a record's `level` is the tier it sits in.
 */
export const DIVISION_LEVELS = ['province', 'city', 'district'] as const;
/** `district` is the county tier: 市辖区 district, 县 county, 县级市 county-level city. */
export type TDivisionLevel = (typeof DIVISION_LEVELS)[number];

export type TDivision = {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Code of the division it belongs to; null for a province. */
  parentCode: string | null;
  level: TDivisionLevel;
};

export const DIVISIONS: readonly TDivision[] = [
  { code: '440000', nameZh: '广东省', nameEn: 'Guangdong Province', parentCode: null, level: 'province' },
  { code: '440500', nameZh: '汕头市', nameEn: 'Shantou', parentCode: '440000', level: 'city' },
  { code: '440507', nameZh: '龙湖区', nameEn: 'Longhu District', parentCode: '440500', level: 'district' },
  { code: '440511', nameZh: '金平区', nameEn: 'Jinping District', parentCode: '440500', level: 'district' },
  { code: '440512', nameZh: '濠江区', nameEn: 'Haojiang District', parentCode: '440500', level: 'district' },
  { code: '440513', nameZh: '潮阳区', nameEn: 'Chaoyang District', parentCode: '440500', level: 'district' },
  { code: '440514', nameZh: '潮南区', nameEn: 'Chaonan District', parentCode: '440500', level: 'district' },
  { code: '440515', nameZh: '澄海区', nameEn: 'Chenghai District', parentCode: '440500', level: 'district' },
  { code: '440523', nameZh: '南澳县', nameEn: 'Nan’ao County', parentCode: '440500', level: 'district' },
];

/** The record of a code, or undefined when the data does not hold it. */
export function divisionByCode(code: string, divisions: readonly TDivision[] = DIVISIONS): TDivision | undefined {
  return divisions.find((d) => d.code === code);
}

/**
 * True when `code` is `regionCode` itself or lies below it (a district is within its city and its
 * province). Follows parent links in the data, not code prefixes: county-level divisions directly
 * under a province (省直辖) do not share a city prefix. Unknown codes are within nothing.
 */
export function isWithin(code: string, regionCode: string, divisions: readonly TDivision[] = DIVISIONS): boolean {
  let current = divisionByCode(code, divisions);
  // The tree has at most three tiers; the bound also stops a cycle in bad data.
  for (let hops = 0; current && hops <= DIVISION_LEVELS.length; hops++) {
    if (current.code === regionCode) return true;
    current = current.parentCode === null ? undefined : divisionByCode(current.parentCode, divisions);
  }
  return false;
}

/**
 * The county-tier divisions (districts and counties) within a region, in code order: a city's
 * own districts, or every district of a province.
 */
export function districtsOf(regionCode: string, divisions: readonly TDivision[] = DIVISIONS): TDivision[] {
  return divisions
    .filter((d) => d.level === 'district' && d.code !== regionCode && isWithin(d.code, regionCode, divisions))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * A field that must name a district of one region (the region a deployment or user serves):
 * `ZDistrictOf('440500')` accepts 440507 … 440523 and nothing else.
 */
export function ZDistrictOf(regionCode: string, divisions: readonly TDivision[] = DIVISIONS) {
  const allowed = new Set(districtsOf(regionCode, divisions).map((d) => d.code));
  return z
    .string()
    .refine((code) => /^\d{6}$/.test(code), { params: { i18n: 'regionCode.format' }, abort: true })
    .refine((code) => allowed.has(code), { params: { i18n: 'region.unknown' } });
}

/**
 * The prefix of a GB/T 2260 code that all divisions inside it share: 440000 (a province)
 * → "44", 440500 (a city) → "4405", 440507 (a district) → "440507".
 */
export function divisionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** True when `code` lies in `region` by the code's prefix (the data scopes' rule; `isWithin` follows the data's parent links). */
export function isWithinDivision(code: string, region: string): boolean {
  return code.startsWith(divisionPrefix(region));
}
