import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TEventEnvelope } from '@ipbureau/domain';
import { PLEDGE_EVENT_TYPES, ZPledgeEventMessage } from '@ipbureau/domain/utilization';
import type { EventHandler } from '@ipbureau/nest-kit';
import { PledgeEventsService } from './pledge-events.service.js';

/**
 * utilization's `pledge.registered` / `pledge.released` from the event transport: the envelope's
 * id is the event id, the facts are in its data (which carries more than creation keeps).
 */
@Injectable()
export class PledgeEventsHandler implements EventHandler {
  readonly types = PLEDGE_EVENT_TYPES;
  constructor(private readonly pledges: PledgeEventsService) {}

  async handle(envelope: TEventEnvelope, em: EntityManager): Promise<void> {
    const { pledgeId, rights, registeredOn, releasedOn } = envelope.data;
    const message = ZPledgeEventMessage.parse({
      type: envelope.type,
      eventId: envelope.id,
      pledgeId,
      rights,
      regionCode: envelope.regionCode,
      ...(envelope.type === 'pledge.registered' ? { registeredOn } : { releasedOn }),
    });
    await this.pledges.apply(em, message);
  }
}
