import { z } from 'zod';
import { ZRegionCode } from '../common/scalars.js';

/**
 * How much of the region's data a user sees (数据权限), enforced by every service on every query:
 * - `region`: everything in the user's region (a city bureau, or a province);
 * - `districts`: only records of the listed districts;
 * - `department`: only records owned by the user's own department.
 */
export const ZDataScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region') }),
  z.object({ kind: z.literal('districts'), districts: z.array(ZRegionCode).min(1) }),
  z.object({ kind: z.literal('department') }),
]);
export type TDataScope = z.infer<typeof ZDataScope>;
