import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TEventEnvelope } from '@ipbureau/domain';
import { ZAwardGrantedEvent } from '@ipbureau/domain/utilization';
import type { EventHandler } from '@ipbureau/nest-kit';
import { AwardEventsService } from './award-events.service.js';

/**
 * utilization's `award.granted` from the event transport: the envelope's id is the event id,
 * the award's facts are in its data, and its actor is who recorded the award.
 */
@Injectable()
export class AwardEventsHandler implements EventHandler {
  readonly types = ['award.granted'] as const;
  constructor(private readonly awards: AwardEventsService) {}

  async handle(envelope: TEventEnvelope, em: EntityManager): Promise<void> {
    const { awardId, patentNumber, kind, level, year, grade } = envelope.data;
    const event = ZAwardGrantedEvent.parse({ type: 'award.granted', eventId: envelope.id, awardId, patentNumber, kind, level, year, grade, regionCode: envelope.regionCode });
    await this.awards.apply(em, event, envelope.actorId);
  }
}
