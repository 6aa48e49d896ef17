import { z } from 'zod';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPledgedRight } from './events.js';

/**
 * Pieces the utilization products (awards, transfers, insurance, securitization) share. Lifecycles
 * and versions use the shared mechanism in `common/lifecycle.ts`.
 */

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

