import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule, KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { CreatePledges1764000000000 } from './migrations/1764000000000-create-pledges.js';
import { PledgeLifecycle1764100000000 } from './migrations/1764100000000-pledge-lifecycle.js';
import { PLEDGE_METRICS } from './pledge-metrics/pledge-metrics.providers.js';
import { PledgeEntity } from './pledges/pledge.entity.js';
import { PledgeEventEntity } from './pledges/pledge-event.entity.js';
import { PledgesModule } from './pledges/pledges.module.js';
import { PledgeMaturityScan } from './pledges/pledge-maturity.scan.js';

@Module({})
export class UtilizationAppModule {}

/** The utilization service: the kit plus its features, entities and migrations named one by one. */
export function createAppModule(config: ServiceConfig): DynamicModule {
  const database = { entities: [PledgeEntity, PledgeEventEntity], migrations: [CreatePledges1764000000000, PledgeLifecycle1764100000000] };
  return { module: UtilizationAppModule, imports: [KitModule.forService({ config, database }), PledgesModule, MetricsModule.register(PLEDGE_METRICS), AlertsModule.register([PledgeMaturityScan])] };
}
