import type { EntityManager } from 'typeorm';
import { compareDates, todayInChina, type TLocale } from '@ipbureau/domain';
import { datedRuleStates, type TDatedRuleState } from '@ipbureau/domain/protection';
import { DomainException, text } from '@ipbureau/nest-kit';
import type { DatedRuleColumns } from './record.columns.js';

/**
 * What the service's dated reference data (the rapid centre's service levels, the report reward
 * rule) share: a row applies from its date until the next row of its kind, the record it is applied
 * to keeps what it gave, so a row whose date has come never changes (a new row is added instead).
 */

type Labels = Record<string, { zh: string; en: string }>;

/**
 * One writer at a time per kind of rule, and the records applying it take the same lock: a row
 * dated in the past cannot slip in beside a record being computed for that date.
 */
export async function lockDatedRules(em: EntityManager, key: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`dated-rules:${key}`]);
}

/** A field's problem in the caller's language, for a DomainException's issues. */
export const issue = (locale: TLocale, path: string, zh: string, en: string) => ({ path, code: 'custom', message: locale === 'en' ? en : zh });

/** A row of the kind already takes that date (409 at effectiveFrom): the day's value would be ambiguous. */
export function dateTaken(locale: TLocale, localized: { zh: string; en: string }): DomainException {
  return new DomainException('CONFLICT', text(localized.zh, localized.en), [issue(locale, 'effectiveFrom', '该日期已有一条', 'another one takes this date')]);
}

/** Refuses a change to a row whose date has come (422), naming each field sent in both languages. */
export function assertNotApplied(locale: TLocale, effectiveFrom: string, fields: readonly string[], labels: Labels, what: { zh: string; en: string }): void {
  if (compareDates(effectiveFrom, todayInChina()) > 0) return;
  const zh = fields.map((f) => `「${labels[f]?.zh ?? f}」`).join('、');
  const en = fields.map((f) => labels[f]?.en ?? f).join(', ');
  throw new DomainException(
    'UNPROCESSABLE',
    text(`自 ${effectiveFrom} 起施行的${what.zh}已开始适用，不能修改${zh}；请新增一条以后日期起施行的${what.zh}`, `The ${what.en} in force from ${effectiveFrom} has already applied; its ${en} cannot change. Add a new one from a later date instead`),
    fields.map((f) => issue(locale, f, `已开始适用的${what.zh}不能修改`, `an ${what.en} already applied cannot change`)),
  );
}

/** A scheduled row moved to today or earlier would apply to records already computed (400 at effectiveFrom). */
export function assertStillScheduled(locale: TLocale, effectiveFrom: string): void {
  if (compareDates(effectiveFrom, todayInChina()) > 0) return;
  throw new DomainException('VALIDATION_FAILED', text('待施行的施行日期须晚于今天', 'A scheduled effective date must be after today'), [issue(locale, 'effectiveFrom', '须晚于今天', 'must be after today')]);
}

/** A new row dated on or before `latest`, the last date a record was computed under the previous row, is refused (422 at effectiveFrom). */
export function assertAfterApplied(locale: TLocale, latest: string | null | undefined, records: { zh: string; en: string }): void {
  if (!latest) return;
  throw new DomainException(
    'UNPROCESSABLE',
    text(`已有 ${latest} ${records.zh}按原标准办理，新标准的施行日期须晚于 ${latest}`, `${records.en} up to ${latest} were handled under the previous rule; the new one must take effect after ${latest}`),
    [issue(locale, 'effectiveFrom', `须晚于 ${latest}`, `must be after ${latest}`)],
  );
}

/** Each row with its state as of today; `rows` ordered by kind, then effective date. */
export function withStates<R extends { effectiveFrom: string }>(rows: readonly R[], kindOf: (row: R) => string): { row: R; state: TDatedRuleState }[] {
  const byKind = new Map<string, R[]>();
  for (const row of rows) {
    const ofKind = byKind.get(kindOf(row));
    if (ofKind) ofKind.push(row);
    else byKind.set(kindOf(row), [row]);
  }
  const today = todayInChina();
  return [...byKind.values()].flatMap((ofKind) => {
    const states = datedRuleStates(ofKind.map((r) => r.effectiveFrom), today);
    return ofKind.map((row, i) => ({ row, state: states[i]! }));
  });
}

/** The rows in force on `date`: per kind, the latest effective on or before it. */
export function inForceOn<R extends { effectiveFrom: string }>(rows: readonly R[], kindOf: (row: R) => string, date: string): R[] {
  const effective = rows.filter((r) => compareDates(r.effectiveFrom, date) <= 0);
  return effective.filter((r) => !effective.some((other) => kindOf(other) === kindOf(r) && compareDates(other.effectiveFrom, r.effectiveFrom) > 0));
}

/** What every dated row shows besides its own figures: its basis, date and state as of today. */
export function datedRuleFields(row: DatedRuleColumns, state: TDatedRuleState) {
  return { id: row.id, basisZh: row.basisZh, basisEn: row.basisEn, effectiveFrom: row.effectiveFrom, state, region: row.regionCode, version: row.version, createdAt: row.createdAt.toISOString() };
}

/** What the audit keeps of a dated row: the row, not its state as of the day. */
export function withoutState<T extends { state: TDatedRuleState }>(row: T): Omit<T, 'state'> {
  const { state: _state, ...rest } = row;
  return rest;
}
