import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ZPledgeEventMessage, type TPledgeEventMessage, type TPledgedRight } from '@ipbureau/domain/utilization';
import { AuditWriter, inTransaction, parseOrThrow, type RequestContext } from '@ipbureau/nest-kit';

/** How a pledged right is matched: a patent by its application number (its number less `ZL`), a mark by its registration number. */
function rightNumber(right: TPledgedRight): string {
  return right.kind === 'patent' ? right.number.replace(/^ZL/, '') : right.number;
}

export interface PledgeEventOutcome {
  /** False when the event had been applied before (a redelivery): nothing changed. */
  applied: boolean;
}

/**
 * Consumer of utilization's `pledge.registered` / `pledge.released` events: keeps which rights
 * are pledged from when to when (`pledged_rights`), the fact the high-value rule's "pledged"
 * criterion reads. Idempotent on `eventId`: the event's receipt and its effect are written in
 * one transaction, so a redelivered event finds its receipt and changes nothing. Events may
 * arrive out of order: a release seen before its registration keeps its date and the
 * registration fills in the other.
 */
@Injectable()
export class PledgeEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async applyPledgeEvent(input: unknown): Promise<PledgeEventOutcome> {
    const event: TPledgeEventMessage = parseOrThrow(ZPledgeEventMessage, input, 'en');
    return inTransaction(this.dataSource, (em) => this.apply(em, event));
  }

  /** Applies a validated event inside the caller's transaction (the event transport's, or the one above). */
  async apply(em: EntityManager, event: TPledgeEventMessage): Promise<PledgeEventOutcome> {
    const ctx: RequestContext = { requestId: `event:${event.type}:${event.eventId}`, principal: null, clientAddress: null, userAgent: null, locale: 'zh-CN' };
    {
      const receipt = (await em.query(
        `INSERT INTO pledge_event_receipts (event_id, event_type, pledge_id, payload, region_code) VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [event.eventId, event.type, event.pledgeId, JSON.stringify(event), event.regionCode],
      )) as unknown[];
      if (receipt.length === 0) return { applied: false };
      for (const right of event.rights) {
        if (event.type === 'pledge.registered') {
          await em.query(
            `INSERT INTO pledged_rights (pledge_id, right_kind, right_number, registered_on, region_code) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (pledge_id, right_kind, right_number) DO UPDATE SET registered_on = EXCLUDED.registered_on, region_code = EXCLUDED.region_code, updated_at = now()`,
            [event.pledgeId, right.kind, rightNumber(right), event.registeredOn, event.regionCode],
          );
        } else {
          await em.query(
            `INSERT INTO pledged_rights (pledge_id, right_kind, right_number, released_on, region_code) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (pledge_id, right_kind, right_number) DO UPDATE SET released_on = EXCLUDED.released_on, updated_at = now()`,
            [event.pledgeId, right.kind, rightNumber(right), event.releasedOn, event.regionCode],
          );
        }
      }
      await this.audit.record(em, ctx, {
        entity: 'pledged_right',
        entityId: event.pledgeId,
        action: event.type === 'pledge.registered' ? 'create' : 'update',
        after: event,
        regionCode: event.regionCode,
      });
      return { applied: true };
    }
  }
}
