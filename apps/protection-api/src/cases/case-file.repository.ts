import type { EntityManager } from 'typeorm';
import type { TCaseOfficer, TCasePartyInput, TCaseRightInput } from '@ipbureau/domain/protection';
import { todayInChina, ZPatentNumber, ZTrademarkNumber } from '@ipbureau/domain';
import { conflict, inScope, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { deadlinesOf } from '../calendar/case-deadlines.js';
import { fastTrackCases } from '../key-enterprises/fast-track.js';
import { CaseEventEntity } from './case-event.entity.js';
import { CaseOfficerEntity, CasePartyEntity, CaseRightEntity } from './case-party.entity.js';
import type { CaseFile } from './cases.mapper.js';
import { EnforcementCaseEntity } from './enforcement-case.entity.js';

/** Reads and writes of a case together with its child rows, inside the caller's transaction. */
export const caseFiles = {
  async load(em: EntityManager, row: EnforcementCaseEntity): Promise<CaseFile> {
    const [parties, rights, officers, events] = await Promise.all([
      em.getRepository(CasePartyEntity).find({ where: { caseId: row.id }, order: { position: 'ASC' } }),
      em.getRepository(CaseRightEntity).find({ where: { caseId: row.id }, order: { position: 'ASC' } }),
      em.getRepository(CaseOfficerEntity).find({ where: { caseId: row.id }, order: { position: 'ASC' } }),
      em.getRepository(CaseEventEntity).find({ where: { caseId: row.id }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } }),
    ]);
    const deadline = (await deadlinesOf(em, [row], todayInChina())).get(row.id) ?? null;
    const fastTrack = (await fastTrackCases(em, [row.id])).has(row.id);
    return { row, parties, rights, officers, events, deadline, fastTrack };
  },

  async replaceParties(em: EntityManager, row: EnforcementCaseEntity, parties: TCasePartyInput[]): Promise<void> {
    const repo = em.getRepository(CasePartyEntity);
    await repo.delete({ caseId: row.id });
    await repo.insert(
      parties.map((p, position) => ({ caseId: row.id, position, kind: p.kind, role: p.role, name: p.name, creditCode: p.kind === 'organization' ? p.creditCode : null, regionCode: row.regionCode })),
    );
  },

  async replaceRights(em: EntityManager, row: EnforcementCaseEntity, rights: TCaseRightInput[]): Promise<void> {
    const repo = em.getRepository(CaseRightEntity);
    await repo.delete({ caseId: row.id });
    if (rights.length) {
      await repo.insert(rights.map((r, position) => ({ caseId: row.id, position, kind: r.kind, number: canonicalRightNumber(r), title: r.title || null, regionCode: row.regionCode })));
    }
  },

  async replaceOfficers(em: EntityManager, row: EnforcementCaseEntity, officers: TCaseOfficer[]): Promise<void> {
    const repo = em.getRepository(CaseOfficerEntity);
    await repo.delete({ caseId: row.id });
    if (officers.length) await repo.insert(officers.map((o, position) => ({ caseId: row.id, userId: o.userId, position, name: o.name, regionCode: row.regionCode })));
  },

  /**
   * Applies a change only if the case is still at the version the caller read, raising the
   * version by one. Two concurrent changes read the same version; the second UPDATE waits for the
   * first's row lock, then finds the version moved and changes nothing: that caller gets 409.
   */
  async bumpVersion(em: EntityManager, id: string, version: number, changes: Partial<EnforcementCaseEntity> = {}): Promise<void> {
    const result = await em
      .createQueryBuilder()
      .update(EnforcementCaseEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
  },
};

/** A patent is stored as its ZL number and a mark as its bare registration number, as the whitelist stores them. */
function canonicalRightNumber(right: TCaseRightInput): string | null {
  if (!right.number) return null;
  if (right.kind === 'patent') return ZPatentNumber.parse(right.number);
  if (right.kind === 'trademark') return ZTrademarkNumber.parse(right.number);
  return right.number;
}

export const staleVersion = () =>
  conflict(text('案件已被他人修改，请刷新后按最新内容重新操作', 'The case was changed by someone else since you read it; reload it and try again'));

/** The case if it lies in the caller's scope; one outside it is not confirmed to exist (404, not 403). */
export async function findCaseInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<EnforcementCaseEntity> {
  const found = await em.getRepository(EnforcementCaseEntity).findOneBy({ id });
  if (!found || !inScope(ctx.principal, found)) throw notFound('案件', 'Case');
  return found;
}
