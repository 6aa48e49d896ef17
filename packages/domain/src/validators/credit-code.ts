import { z } from 'zod';
import { compactIdentifier } from './normalize.js';

/**
 * Unified social credit code 统一社会信用代码 (GB 32100-2015): 18 characters,
 *
 *   1      registration authority 登记管理部门 (e.g. `9` market regulation, `5` civil affairs)
 *   2      entity type 机构类别 (under authority `9`: `1` enterprise, `2` sole trader, `3` co-op)
 *   3–8    administrative-division code 登记管理机关行政区划码 (GB/T 2260)
 *   9–17   organisation code 主体标识码 (GB 11714)
 *   18     check character 校验码
 *
 * over 31 characters (digits and capitals without I, O, S, V, Z).
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of position i is 3^i mod 31; 3 generates the multiplicative group mod 31. */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const BODY = /^[0-9A-HJ-NPQRTUW-Y]{17}$/;
const FULL = /^[0-9A-HJ-NPQRTUW-Y]{18}$/;

/** Trim, drop inner spaces, full-width to ASCII, upper case. */
export function normalizeCreditCode(input: string): string {
  return compactIdentifier(input);
}

/**
 * The check character for the first 17 characters: 31 − (Σ value·weight mod 31), with 31 written
 * as `0`. Throws a RangeError when `first17` is not 17 characters of the alphabet.
 */
export function creditCodeCheckChar(first17: string): string {
  if (!BODY.test(first17)) throw new RangeError(`not 17 credit-code characters: ${JSON.stringify(first17)}`);
  let sum = 0;
  CREDIT_CODE_WEIGHTS.forEach((weight, i) => {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * weight;
  });
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export type TCreditCodeProblem = 'creditCode.format' | 'creditCode.checkDigit';

/** Why an already normalized code is not valid, or null when it is. */
export function creditCodeProblem(code: string): TCreditCodeProblem | null {
  if (!FULL.test(code)) return 'creditCode.format';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'creditCode.checkDigit';
}

/**
 * True for a well-formed code with the right check character, after the same tidying the schema
 * does; `parseCreditCode` or `ZCreditCode` give the canonical form to store.
 */
export function isValidCreditCode(input: string): boolean {
  return creditCodeProblem(normalizeCreditCode(input)) === null;
}

export type TParsedCreditCode = {
  /** The code in canonical form (18 capitals and digits). */
  code: string;
  /** Position 1, registration authority 登记管理部门代码. */
  registrationAuthority: string;
  /** Position 2, entity type 机构类别代码. */
  entityType: string;
  /** Positions 3–8, administrative-division code of the registering authority. */
  divisionCode: string;
  /** Positions 9–17, organisation code 主体标识码 (组织机构代码). */
  organizationCode: string;
  /** Position 18. */
  checkChar: string;
};

/** Split a code into its parts; null when it is not valid. Accepts the tidied forms people type. */
export function parseCreditCode(input: string): TParsedCreditCode | null {
  const code = normalizeCreditCode(input);
  if (creditCodeProblem(code) !== null) return null;
  return {
    code,
    registrationAuthority: code.charAt(0),
    entityType: code.charAt(1),
    divisionCode: code.slice(2, 8),
    organizationCode: code.slice(8, 17),
    checkChar: code.charAt(17),
  };
}

/**
 * A unified social credit code in a request: tidied (spaces, full-width, lower case) and then
 * checked; the output is the canonical 18 characters. Wrong length or characters and a wrong check
 * character are told apart, so a form can say "typo" rather than "wrong format".
 */
export const ZCreditCode = z
  .string()
  .overwrite(normalizeCreditCode)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', params: { i18n: problem } });
  });
export type TCreditCode = z.infer<typeof ZCreditCode>;
