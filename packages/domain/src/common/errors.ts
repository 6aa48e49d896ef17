import { z } from 'zod';

/**
 * Every failure a service returns has this body, whatever the cause. Integrators switch on
 * `code`; people read `message` (in the language the request asked for); forms highlight the
 * fields named in `issues[].path`.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'INTERNAL',
  /** Another service this answer needs cannot answer now (down, slow, failing): try again later. */
  'UNAVAILABLE',
] as const;
export const ZErrorCode = z.enum(ERROR_CODES);
export type TErrorCode = z.infer<typeof ZErrorCode>;

export const ZFieldIssue = z.object({
  /** Dotted path of the failing field, e.g. `applicants.0.creditCode`; `''` for the whole body. */
  path: z.string(),
  message: z.string(),
  code: z.string(),
});
export type TFieldIssue = z.infer<typeof ZFieldIssue>;

export const ZErrorBody = z.object({
  statusCode: z.number().int(),
  code: ZErrorCode,
  message: z.string(),
  requestId: z.string().optional(),
  issues: z.array(ZFieldIssue).optional(),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;

/** HTTP status each error code is answered with; one table, used by the services' error filter. */
export const ERROR_STATUS: Record<TErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};
