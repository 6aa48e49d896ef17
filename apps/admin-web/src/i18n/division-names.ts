import { districtsOf, divisionByCode, type TLocale } from '@ipbureau/domain';

export interface DivisionOption {
  value: string;
  label: string;
}

/** A division's name in the UI language; the code itself when the reference data lacks it. */
export function divisionName(code: string, locale: TLocale): string {
  const division = divisionByCode(code);
  if (!division) return code;
  return locale === 'en' ? division.nameEn : division.nameZh;
}

/** The districts and counties within a region, for multi-selects. */
export function districtOptions(regionCode: string, locale: TLocale): DivisionOption[] {
  return districtsOf(regionCode).map((d) => ({ value: d.code, label: divisionName(d.code, locale) }));
}

/** A region and the districts within it: where a user or department of that region may sit. */
export function regionOptions(regionCode: string, locale: TLocale): DivisionOption[] {
  return [{ value: regionCode, label: divisionName(regionCode, locale) }, ...districtOptions(regionCode, locale)];
}
