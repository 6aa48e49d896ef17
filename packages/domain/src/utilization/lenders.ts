import { z } from 'zod';

/**
 * Lenders 质权人 of pledge loans. A lender is identified by its unified social credit code (the
 * bank reports the pledge, and its code is on the registration certificate); records kept from
 * before the code was asked for carry only the name as typed, so they are told apart by the name
 * normalized with `normalizeLenderName`.
 */

/** Full-width digits, letters and brackets (U+FF10–19, FF21–3A, FF41–5A; （）［］｛｝). */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF08\uFF09\uFF3B\uFF3D\uFF5B\uFF5D]/g;

/**
 * The name as a grouping key: every white space (including the ideographic space U+3000) removed
 * and full-width letters, digits and brackets folded to their ASCII forms, so "中国银行 汕头分行"
 * and "中国银行汕头分行", "（汕头）" and "(汕头)" are one lender. Nothing else is touched: NFKC would
 * also rewrite compatibility ideographs, which are different names.
 */
export function normalizeLenderName(name: string): string {
  return name.replace(/\s+/gu, '').replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export const ZLenderQuery = z.strictObject({
  q: z.string().trim().min(1).max(64).optional().describe('Part of the lender’s name (as any of its pledges spelled it) or of its credit code'),
});
export type TLenderQuery = z.infer<typeof ZLenderQuery>;

export const ZLender = z.object({
  lenderCreditCode: z.string().nullable().describe('Unified social credit code; null for a lender known only by name from pledges recorded before the code was asked for'),
  lenderName: z.string().describe('The name its most recent pledge used'),
  pledgeCount: z.int().describe('Pledges in the caller’s data scope naming this lender'),
});
export type TLender = z.infer<typeof ZLender>;
