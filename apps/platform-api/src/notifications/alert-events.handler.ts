import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TEventEnvelope } from '@ipbureau/domain';
import type { EventHandler } from '@ipbureau/nest-kit';
import { NotificationsService } from './notifications.service.js';

/** Alerts raised by any pillar reach the people they concern. */
@Injectable()
export class AlertEventsHandler implements EventHandler {
  readonly types = ['alert.raised'] as const;
  constructor(private readonly notifications: NotificationsService) {}

  async handle(event: TEventEnvelope, em: EntityManager): Promise<void> {
    await this.notifications.deliver(event, em);
  }
}
