import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareDates } from '@ipbureau/domain';
import type { TCaseDocument, TCaseDocumentCreate, TCaseDocumentVoid } from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, inTransaction, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { CaseDocumentEntity } from './case-document.entity.js';
import { findCaseInScope } from './case-file.repository.js';

export function mapCaseDocument(row: CaseDocumentEntity): TCaseDocument {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    documentNumber: row.documentNumber,
    title: row.title,
    dated: row.dated,
    recordedBy: { userId: row.recordedById, name: row.recordedByName },
    recordedAt: row.recordedAt.toISOString(),
    voided:
      row.voidedAt && row.voidedById && row.voidedByName && row.voidReason !== null
        ? { at: row.voidedAt.toISOString(), by: { userId: row.voidedById, name: row.voidedByName }, reason: row.voidReason }
        : null,
  };
}

/**
 * The register of a case's documents 案卷文书. Officers add entries and void wrong ones with a
 * reason; nothing is deleted. Each write leaves one audit entry. A case outside the caller's
 * scope is not found, and neither are its documents.
 */
@Injectable()
export class CaseDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /** The case's documents by the date they bear, then as recorded; voided entries included. */
  async list(ctx: AuthenticatedContext, caseId: string): Promise<TCaseDocument[]> {
    const em = this.dataSource.manager;
    await findCaseInScope(em, ctx, caseId);
    const rows = await em.getRepository(CaseDocumentEntity).find({ where: { caseId }, order: { dated: 'ASC', recordedAt: 'ASC', id: 'ASC' } });
    return rows.map(mapCaseDocument);
  }

  async add(ctx: AuthenticatedContext, caseId: string, input: TCaseDocumentCreate): Promise<TCaseDocument> {
    return inTransaction(this.dataSource, async (em) => {
      const found = await findCaseInScope(em, ctx, caseId);
      if (compareDates(input.dated, found.registeredDate) < 0) {
        const en = ctx.locale === 'en';
        throw new DomainException('VALIDATION_FAILED', text(`文书日期不能早于立案日期 ${found.registeredDate}`, `The document’s date cannot be before the case’s registration ${found.registeredDate}`), [
          { path: 'dated', code: 'caseDocument.dated.beforeRegistration', message: en ? `before registration ${found.registeredDate}` : `早于立案日期 ${found.registeredDate}` },
        ]);
      }
      const repo = em.getRepository(CaseDocumentEntity);
      const { identifiers } = await repo.insert({
        caseId,
        kind: input.kind,
        documentNumber: input.documentNumber || null,
        title: input.title,
        dated: input.dated,
        recordedById: ctx.principal.sub,
        recordedByName: ctx.principal.name,
        regionCode: found.regionCode,
      });
      const saved = mapCaseDocument(await repo.findOneByOrFail({ id: identifiers[0]!.id as string }));
      await this.audit.record(em, ctx, { entity: 'case_document', entityId: saved.id, action: 'create', after: saved, regionCode: found.regionCode });
      return saved;
    });
  }

  async void(ctx: AuthenticatedContext, caseId: string, docId: string, input: TCaseDocumentVoid): Promise<TCaseDocument> {
    return inTransaction(this.dataSource, async (em) => {
      const found = await findCaseInScope(em, ctx, caseId);
      const repo = em.getRepository(CaseDocumentEntity);
      const row = await repo.findOne({ where: { id: docId, caseId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('案卷文书', 'Case document');
      if (row.voidedAt) throw conflict(text(`该文书已作废，原因：${row.voidReason}`, `The entry is already voided: ${row.voidReason}`));
      const before = mapCaseDocument(row);
      await repo.update({ id: docId }, { voidedAt: () => 'now()', voidedById: ctx.principal.sub, voidedByName: ctx.principal.name, voidReason: input.reason } as never);
      const after = mapCaseDocument(await repo.findOneByOrFail({ id: docId }));
      await this.audit.record(em, ctx, { entity: 'case_document', entityId: docId, action: 'update', before, after, regionCode: found.regionCode });
      return after;
    });
  }
}
