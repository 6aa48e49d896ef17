import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ZAwardGrantedEvent, type TAwardGrantedEvent } from '@ipbureau/domain/utilization';
import { AuditWriter, inTransaction, LOGGER, parseOrThrow, type Logger, type RequestContext } from '@ipbureau/nest-kit';

/**
 * What became of an `award.granted` event:
 * - `added`: the award was added to the patent's awards;
 * - `linked`: the officer had already entered the same award (kind, level, year) by hand; it now
 *   carries the award id, nothing is added twice;
 * - `duplicate_award`: an award with this `awardId` is already on a patent (a re-publication
 *   under a new event id); the first one stays;
 * - `unknown_patent`: no patent with that number is registered here. The event is recorded in
 *   `award_event_receipts` with its payload and logged, and counts as handled: retrying cannot
 *   make the patent appear, and a poisoned queue would hold up every later event. Once the
 *   patent is registered, an officer enters the award on it (or the receipt is replayed).
 * - `already_applied`: this event id was applied before (a redelivery): nothing changed.
 */
export type AwardEventOutcome = 'added' | 'linked' | 'duplicate_award' | 'unknown_patent' | 'already_applied';

/** Who entered an award that arrived by event with no user behind it. */
const NO_ACTOR = '00000000-0000-0000-0000-000000000000';

/**
 * Consumer of utilization's `award.granted`: keeps the patent's awards (a national award is the
 * high-value rule's `award` criterion). Applied once per event id (the receipt and the effect
 * are written in one transaction) and at most one award per `awardId` (a unique column).
 */
@Injectable()
export class AwardEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Validates and applies an event in a transaction of its own (tests, replays). */
  async applyAwardEvent(input: unknown, actorId: string | null = null): Promise<AwardEventOutcome> {
    const event = parseOrThrow(ZAwardGrantedEvent, input, 'en');
    return inTransaction(this.dataSource, (em) => this.apply(em, event, actorId));
  }

  /** Applies a validated event inside the caller's transaction (the event transport's, or the one above). */
  async apply(em: EntityManager, event: TAwardGrantedEvent, actorId: string | null): Promise<AwardEventOutcome> {
    const ctx: RequestContext = { requestId: `event:${event.type}:${event.eventId}`, principal: null, clientAddress: null, userAgent: null, locale: 'zh-CN' };
    // A patent number is ZL + the application number the patent is registered under.
    const applicationNumber = event.patentNumber.replace(/^ZL/, '');
    const receipt = (await em.query(
      `INSERT INTO award_event_receipts (event_id, award_id, patent_number, outcome, payload, region_code) VALUES ($1, $2, $3, 'pending', $4::jsonb, $5)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.eventId, event.awardId, event.patentNumber, JSON.stringify(event), event.regionCode],
    )) as unknown[];
    if (receipt.length === 0) return 'already_applied';
    const [patent] = (await em.query(`SELECT id, region_code FROM patents WHERE application_number = $1 FOR UPDATE`, [applicationNumber])) as { id: string; region_code: string }[];
    const outcome = patent ? await this.addAward(em, event, patent, actorId) : 'unknown_patent';
    await em.query(`UPDATE award_event_receipts SET outcome = $2 WHERE event_id = $1`, [event.eventId, outcome]);
    if (!patent) {
      this.logger.warn({ eventId: event.eventId, awardId: event.awardId, patentNumber: event.patentNumber }, 'award.granted for a patent not registered here: recorded, not applied');
    } else if (outcome === 'added' || outcome === 'linked') {
      await this.audit.record(em, ctx, { entity: 'patent_award', entityId: patent.id, action: outcome === 'added' ? 'create' : 'update', after: event, regionCode: patent.region_code });
    }
    return outcome;
  }

  private async addAward(em: EntityManager, event: TAwardGrantedEvent, patent: { id: string; region_code: string }, actorId: string | null): Promise<AwardEventOutcome> {
    const [kept] = (await em.query(`SELECT 1 FROM patent_awards WHERE award_id = $1`, [event.awardId])) as unknown[];
    if (kept) return 'duplicate_award';
    const linked = (await em.query(
      `UPDATE patent_awards SET award_id = $5 WHERE patent_id = $1 AND kind = $2 AND level = $3 AND year = $4 AND award_id IS NULL RETURNING id`,
      [patent.id, event.kind, event.level, event.year, event.awardId],
    )) as [unknown[], number];
    if (linked[1] > 0) return 'linked';
    const added = (await em.query(
      `INSERT INTO patent_awards (patent_id, kind, level, year, grade, award_id, region_code, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING RETURNING id`,
      [patent.id, event.kind, event.level, event.year, event.grade, event.awardId, patent.region_code, actorId ?? NO_ACTOR],
    )) as unknown[];
    // The same kind, level and year already recorded under another award id: keep the first.
    return added.length > 0 ? 'added' : 'duplicate_award';
  }
}
