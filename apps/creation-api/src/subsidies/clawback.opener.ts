import type { EntityManager } from 'typeorm';
import type { TClawbackReason } from '@ipbureau/domain/creation';
import type { AuditWriter, AuthenticatedContext } from '@ipbureau/nest-kit';
import { ClawbackCaseEntity, SubsidyApplicationEntity } from './subsidy.entities.js';

/**
 * Opens a clawback case for every paid subsidy on the patent that has none yet, owing the paid
 * amount, inside the caller's transaction (the patent's status change or the abnormal flag), with
 * one audit entry per case. Returns the ids of the cases opened.
 */
export async function openClawbacks(
  em: EntityManager,
  audit: AuditWriter,
  ctx: AuthenticatedContext,
  input: { patentId: string; reason: TClawbackReason; openedOn: string },
): Promise<string[]> {
  const paid = await em
    .getRepository(SubsidyApplicationEntity)
    .createQueryBuilder('s')
    .where('s.patent_id = :patentId', { patentId: input.patentId })
    .andWhere(`s.status = 'paid'`)
    .andWhere('NOT EXISTS (SELECT 1 FROM clawback_cases c WHERE c.subsidy_id = s.id)')
    .setLock('pessimistic_write')
    .getMany();
  const cases = em.getRepository(ClawbackCaseEntity);
  const opened: string[] = [];
  for (const subsidy of paid) {
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
