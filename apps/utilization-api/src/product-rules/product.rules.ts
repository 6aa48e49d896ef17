import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { todayInChina, type TLocale } from '@ipbureau/domain';
import { applyTransition, allowedActions, type TLabel, type TTransitionTable } from '@ipbureau/domain/utilization';
import { conflict, DomainException, text } from '@ipbureau/nest-kit';

/**
 * What the product records (awards, transfers, insurance, securitization) have in common: the
 * id, the district and department that own them, the optimistic-lock version and who entered them when.
 */
export abstract class ProductRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  /** Optimistic lock: an update names the version it read; TypeORM adds one on each save that changes the row. */
  @VersionColumn({ name: 'version', type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

/** The fields of an update body that were sent (undefined means "leave as it is"). */
export function sentFields<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Optimistic locking: the client must have read the version it writes against. */
export function assertVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw conflict(text(`记录已被他人修改（当前版本 ${current}，您提交的版本 ${sent}），请刷新后重试`, `The record was changed by someone else (version ${current}, you sent ${sent}); reload it and try again`));
  }
}

/** The status `action` leads to, or 409 naming the actions the current status allows. */
export function transitionOrConflict<S extends string, A extends string>(table: TTransitionTable<S, A>, labels: { status: Record<S, TLabel>; action: Record<A, TLabel> }, status: S, action: A): S {
  const next = applyTransition(table, status, action);
  if (next !== null) return next;
  const allowed = allowedActions(table, status);
  const zhAllowed = allowed.length ? allowed.map((a) => `「${labels.action[a].zh}」`).join('、') : '无';
  throw conflict(
    text(`当前状态「${labels.status[status].zh}」下不能${labels.action[action].zh}；可执行的操作：${zhAllowed}`, `${action} is not allowed while the status is ${status}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`),
  );
}

/** 400 naming one field, in the request's language. */
export function fieldError(locale: TLocale, path: string, zh: string, en: string): DomainException {
  return new DomainException('VALIDATION_FAILED', text(zh, en), [{ path, code: 'custom', message: locale === 'en' ? en : zh }]);
}

/** 422 naming one field: the body is well formed but the records say no. */
export function fieldRefusal(locale: TLocale, path: string, zh: string, en: string): DomainException {
  return new DomainException('UNPROCESSABLE', text(zh, en), [{ path, code: 'custom', message: locale === 'en' ? en : zh }]);
}

/** A date of legal effect can not be in the future (China Standard Time). */
export function assertNotFuture(locale: TLocale, date: string, path: string): void {
  if (date > todayInChina()) throw fieldError(locale, path, '日期不能晚于今天', 'The date must not be in the future');
}

/** `q` as a literal substring for ILIKE: its own % and _ match themselves. */
export function containing(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
