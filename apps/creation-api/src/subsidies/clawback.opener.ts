import type { EntityManager } from 'typeorm';
import type { TClawbackReason } from '@ipbureau/domain/creation';
import type { AuditWriter, AuthenticatedContext } from '@ipbureau/nest-kit';
import { ClawbackCaseEntity, SubsidyApplicationEntity } from './subsidy.entities.js';

/** Why and from when a patent's paid subsidies are owed back. */
export interface ClawbackCause {
  patentId: string;
  reason: TClawbackReason;
  openedOn: string;
}

/**
 * Opens a clawback case for every paid subsidy on the patents that has none yet, owing the paid
 * amount, inside the caller's transaction (a patent's status change, an abnormal flag, or a batch
 * of an import, whose lapses are looked up in one query), with one audit entry per case. Returns
 * the ids of the cases opened.
 */
export async function openClawbacks(em: EntityManager, audit: AuditWriter, ctx: AuthenticatedContext, causes: readonly ClawbackCause[]): Promise<string[]> {
  if (causes.length === 0) return [];
  const causeOf = new Map(causes.map((cause) => [cause.patentId, cause]));
  const paid = await em
    .getRepository(SubsidyApplicationEntity)
    .createQueryBuilder('s')
    .where('s.patent_id IN (:...patentIds)', { patentIds: [...causeOf.keys()] })
    .andWhere(`s.status = 'paid'`)
    .andWhere('NOT EXISTS (SELECT 1 FROM clawback_cases c WHERE c.subsidy_id = s.id)')
    .setLock('pessimistic_write')
    .getMany();
  const cases = em.getRepository(ClawbackCaseEntity);
  const opened: string[] = [];
  for (const subsidy of paid) {
    const input = causeOf.get(subsidy.patentId)!;
    const saved = await cases.save(
      cases.create({
        subsidyId: subsidy.id,
        patentId: subsidy.patentId,
        reason: input.reason,
        openedOn: input.openedOn,
        amountOwed: subsidy.amount,
        status: 'open',
        closedOn: null,
        writeOffOpinion: null,
        version: 1,
        regionCode: subsidy.regionCode,
        createdBy: ctx.principal.sub,
      }),
    );
    await audit.record(em, ctx, {
      entity: 'clawback_case',
      entityId: saved.id,
      action: 'create',
      after: { subsidyId: subsidy.id, patentId: subsidy.patentId, reason: input.reason, openedOn: input.openedOn, amountOwed: subsidy.amount },
      regionCode: saved.regionCode,
    });
    opened.push(saved.id);
  }
  return opened;
}
