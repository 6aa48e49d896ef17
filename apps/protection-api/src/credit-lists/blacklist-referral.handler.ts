import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TEventEnvelope } from '@ipbureau/domain';
import { ZBlacklistReferredEvent } from '@ipbureau/domain/public-services';
import { eventContext, type EventHandler } from '@ipbureau/nest-kit';
import { BlacklistService } from './blacklist.service.js';

const FIELDS = Object.keys(ZBlacklistReferredEvent.shape) as (keyof typeof ZBlacklistReferredEvent.shape)[];

/**
 * public-services' `blacklist.referred`: a sanctioned agency or infringer becomes a pending
 * blacklist entry. The envelope's id is the event id (the worker applies each once); the
 * contract's facts are read from its data, anything else it carries is ignored.
 */
@Injectable()
export class BlacklistReferralHandler implements EventHandler {
  readonly types = ['blacklist.referred'] as const;
  constructor(private readonly blacklist: BlacklistService) {}

  async handle(envelope: TEventEnvelope, em: EntityManager): Promise<void> {
    const data = envelope.data as Record<string, unknown>;
    const picked: Record<string, unknown> = {};
    for (const field of FIELDS) if (field in data) picked[field] = data[field];
    const event = this.blacklist.parseReferral({ ...picked, type: envelope.type, eventId: envelope.id, regionCode: data.regionCode ?? envelope.regionCode });
    await this.blacklist.applyReferral(em, eventContext(envelope), event);
  }
}
