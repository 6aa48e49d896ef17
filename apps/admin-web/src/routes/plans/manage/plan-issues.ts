import { errorMap, type TLocale } from '@ipbureau/domain';
import type { Refusal } from '@ipbureau/ui';

/**
 * Checks a body with the domain's own schema before it is sent, in the UI language; a failure
 * is shaped like the server's 400 so the form shows both the same way (beside each field).
 */
/** What this needs of a zod schema, so the app does not depend on zod itself. */
interface Checkable<T> {
  safeParse(input: unknown, params: { error: ReturnType<typeof errorMap> }): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export function checkBody<T>(schema: Checkable<T>, body: unknown, locale: TLocale, message: string): { ok: true; data: T } | { ok: false; refusal: Refusal } {
  const parsed = schema.safeParse(body, { error: errorMap(locale) });
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    refusal: { code: 'VALIDATION_FAILED', message, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) },
  };
}

/** Optional text: blank is null. */
export const blankToNull = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
