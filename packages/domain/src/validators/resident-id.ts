import { z } from 'zod';
import { isCalendarDate } from '../common/dates.js';
import { compactIdentifier } from './normalize.js';

/**
 * Resident identity card number 公民身份号码 (GB 11643-1999): 18 characters,
 *
 *   1–6    address code 地址码 (GB/T 2260 division where first registered)
 *   7–14   date of birth YYYYMMDD 出生日期码
 *   15–17  sequence 顺序码 (the 17th odd for men, even for women)
 *   18     check character 校验码: ISO 7064 MOD 11-2, (12 − Σ digit·2^(17−i) mod 11) mod 11, 10 written `X`
 */
export const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. Throws a RangeError when `first17` is not 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`not 17 digits: ${JSON.stringify(first17)}`);
  let sum = 0;
  RESIDENT_ID_WEIGHTS.forEach((weight, i) => {
    sum += Number(first17.charAt(i)) * weight;
  });
  return CHECK_CHARS.charAt(sum % 11);
}

export type TResidentIdProblem = 'residentId.format' | 'residentId.checkDigit';

/** Why a tidied number is not valid, or null when it is. */
export function residentIdProblem(id: string): TResidentIdProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'residentId.format';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birth) || birth < '1900-01-01') return 'residentId.format';
  return residentIdCheckChar(id.slice(0, 17)) === id.charAt(17) ? null : 'residentId.checkDigit';
}

export function isValidResidentId(input: string): boolean {
  return residentIdProblem(compactIdentifier(input)) === null;
}

/** A resident ID number in a request: tidied (spaces, full-width, a lower-case x) then checked; the output is canonical. */
export const ZResidentId = z
  .string()
  .overwrite(compactIdentifier)
  .superRefine((id, ctx) => {
    const problem = residentIdProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', params: { i18n: problem } });
  });
