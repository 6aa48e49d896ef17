import { todayInChina, type TLocale } from '@ipbureau/domain';
import { applyTransition, allowedActions, type TTransitionTable } from '@ipbureau/domain/creation';
import { conflict, DomainException, text } from '@ipbureau/nest-kit';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

/** Optimistic locking: the client must have read the version it writes against. */
export function assertVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw conflict(text(`记录已被他人修改（当前版本 ${current}，您提交的版本 ${sent}），请刷新后重试`, `The record was changed by someone else (version ${current}, you sent ${sent}); reload it and try again`));
  }
}

/** The status `action` leads to, or 409 naming the actions the current status allows. */
export function transitionOrConflict<S extends string, A extends string>(table: TTransitionTable<S, A>, labels: { status: Labels<S>; action: Labels<A> }, status: S, action: A): S {
  const next = applyTransition(table, status, action);
  if (next !== null) return next;
  const allowed = allowedActions(table, status);
  const zhAllowed = allowed.length ? allowed.map((a) => `「${labels.action[a].zh}」`).join('、') : '无';
  const enAllowed = allowed.length ? allowed.join(', ') : 'none';
  throw conflict(
    text(
      `当前状态「${labels.status[status].zh}」下不能${labels.action[action].zh}；可执行的操作：${zhAllowed}`,
      `${action} is not allowed while the status is ${status}; allowed: ${enAllowed}`,
    ),
  );
}

/** 400 naming one field, in the request's language. */
export function fieldError(locale: TLocale, path: string, zh: string, en: string): DomainException {
  return new DomainException('VALIDATION_FAILED', text(zh, en), [{ path, code: 'custom', message: locale === 'en' ? en : zh }]);
}

/**
 * Events are recorded in the order they took effect, and only once they have: a date before
 * `notBefore` (the last event's), or after today (China Standard Time), is refused naming the field.
 */
export function assertEffectiveDate(locale: TLocale, date: string, notBefore: string | null, path = 'effectiveDate'): void {
  if (notBefore !== null && date < notBefore) {
    throw fieldError(locale, path, `日期不能早于上一状态事件的日期 ${notBefore}`, `The date must not be before the last event's (${notBefore})`);
  }
  if (date > todayInChina()) throw fieldError(locale, path, '日期不能晚于今天', 'The date must not be in the future');
}

/** `q` as a literal substring for ILIKE: its own % and _ match themselves. */
export function containing(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
