import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { TAuditAction } from '@ipbureau/domain';
import type { RequestContext } from '../auth/request-context.js';
import { SERVICE_CONFIG } from '../tokens.js';
import type { ServiceConfig } from '../config/service-config.js';
import { EventTransport } from '../events/events.js';

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
  /** Transactions that have announced their change already: one announcement each. */
  private readonly announced = new WeakSet<QueryRunner>();

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(EventTransport) private readonly events: EventTransport,
  ) {}

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
    await this.announce(em, ctx, entry);
  }

  /**
   * A pillar's audited write changes facts the plan's figures are computed from: it announces
   * `facts.changed` for the region once per transaction, so platform-api's cached progress is
   * marked stale. platform-api's own writes are not pillar facts.
   */
  private async announce(em: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const runner = em.queryRunner;
    if (this.config.service === 'platform' || !runner || this.announced.has(runner)) return;
    this.announced.add(runner);
    const regionCode = entry.regionCode ?? ctx.principal?.region ?? this.config.regionCode;
    await this.events.publish(em, ctx, { type: 'facts.changed', regionCode, data: { service: this.config.service, entity: entry.entity } });
  }
}
