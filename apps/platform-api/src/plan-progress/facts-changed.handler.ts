import { Injectable } from '@nestjs/common';
import type { TEventEnvelope } from '@ipbureau/domain';
import type { EventHandler } from '@ipbureau/nest-kit';
import { ProgressService } from './progress.service.js';

/**
 * A pillar wrote something in a region (every audited write announces `facts.changed` once per
 * transaction): the cached progress covering that region is marked stale, so the next read
 * shows it and recomputes.
 */
@Injectable()
export class FactsChangedHandler implements EventHandler {
  readonly types = ['facts.changed'] as const;
  constructor(private readonly progress: ProgressService) {}

  async handle(event: TEventEnvelope): Promise<void> {
    await this.progress.invalidate(event.regionCode);
  }
}
