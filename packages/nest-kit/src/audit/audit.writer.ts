import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TAuditAction } from '@ipbureau/domain';
import type { RequestContext } from '../auth/request-context.js';
import { SERVICE_CONFIG } from '../tokens.js';
import type { ServiceConfig } from '../config/service-config.js';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: TAuditAction;
  before?: unknown;
  after?: unknown;
  regionCode?: string | null;
}

/**
 * Appends to the hash-chained audit trail inside the caller's transaction: if the write
 * rolls back, so does its audit entry; if the entry cannot be written, neither is the change.
 */
@Injectable()
export class AuditWriter {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async record(em: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error('AuditWriter.record must run inside the transaction of the write it records');
    }
    await em.query(`SELECT audit.append($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12)`, [
      this.config.service,
      ctx.principal?.sub ?? null,
      ctx.principal?.name ?? null,
      ctx.principal?.roles ?? [],
      entry.entity,
      entry.entityId,
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      ctx.requestId,
      ctx.clientAddress,
      entry.regionCode ?? null,
    ]);
  }
}
