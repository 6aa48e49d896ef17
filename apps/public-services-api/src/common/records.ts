import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict, inScope, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';

interface Scoped extends ObjectLiteral {
  id: string;
  regionCode: string;
  departmentId: string | null;
}

/**
 * Reads a record for a change, locking its row until the transaction ends; a record outside the
 * caller's data scope is as missing as one that does not exist.
 */
export async function lockInScope<E extends Scoped>(
  em: EntityManager,
  target: EntityTarget<E>,
  ctx: AuthenticatedContext,
  id: string,
  what: [zh: string, en: string],
): Promise<E> {
  const found = await em.getRepository(target).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  if (!found || !inScope(ctx.principal, found)) throw notFound(...what);
  return found;
}

/** Optimistic locking: the client's version must be the one stored. */
export function expectVersion(record: { version: number }, sent: number): void {
  if (record.version !== sent) {
    throw conflict(text(`记录已被他人修改（当前版本 ${record.version}，您提交的是 ${sent}），请刷新后重试`, `The record was changed by someone else (now version ${record.version}, you sent ${sent}); reload and retry`));
  }
}

/** A partial change applied to a record: fields sent as undefined are left as they are. */
export function withChanges<E extends { version: number }>(record: E, changes: Record<string, unknown>): E {
  const sent = Object.fromEntries(Object.entries(changes).filter(([key, value]) => value !== undefined && key !== 'version'));
  return { ...record, ...sent, version: record.version + 1 };
}
