import { z } from 'zod';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPledgedRight } from './events.js';

/**
 * Pieces the utilization products (awards, transfers, insurance, securitization) share. Kept in
 * the pillar's folder so the pillar does not reach into another's contracts.
 */

/** The version of the record as the client read it; a write against an older one is refused (409). */
export const ZProductVersion = z.int().min(1).describe('The `version` of the record as the client read it');

/** A right named by kind and number: a patent (ZL…), a trademark or a GI mark (registration number). */
export const ZIpRight = ZPledgedRight;
export type TIpRight = z.infer<typeof ZIpRight>;
export const ZIpRights = z.array(ZIpRight).min(1).max(100);

/** An enterprise named with its unified social credit code. */
export const ZEnterpriseRef = z.strictObject({
  name: z.string().trim().min(1).max(200),
  creditCode: ZCreditCode,
});
export type TEnterpriseRef = z.infer<typeof ZEnterpriseRef>;

/** Label in both languages. */
export type TLabel = { zh: string; en: string };

/**
 * A lifecycle as data: action → the statuses it may be taken from and the status it leads to.
 * The service applies it with `nextStatus`; records return `allowedNext`.
 */
export type TProductTransitions<S extends string, A extends string> = Readonly<Record<A, { readonly from: readonly S[]; readonly to: S }>>;

export function allowedNext<S extends string, A extends string>(table: TProductTransitions<S, A>, status: S): A[] {
  return (Object.keys(table) as A[]).filter((action) => table[action].from.includes(status));
}

export function nextStatus<S extends string, A extends string>(table: TProductTransitions<S, A>, status: S, action: A): S | null {
  const edge = table[action];
  return edge.from.includes(status) ? edge.to : null;
}
