import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule, KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { AnnualFeeScan, TrademarkRenewalScan } from './alerts/renewals.scan.js';
import { CREATION_METRICS } from './metrics/creation.metrics.js';
import { CreatePatents1764000000000 } from './migrations/1764000000000-create-patents.js';
import { PatentStatusHistory1764100000000 } from './migrations/1764100000000-patent-status-history.js';
import { CreateTrademarks1764200000000 } from './migrations/1764200000000-create-trademarks.js';
import { PatentStatusEventEntity } from './patents/patent-status-event.entity.js';
import { PatentEntity } from './patents/patent.entity.js';
import { PatentsModule } from './patents/patents.module.js';
import { TrademarkStatusEventEntity } from './trademarks/trademark-status-event.entity.js';
import { TrademarkEntity } from './trademarks/trademark.entity.js';
import { TrademarksModule } from './trademarks/trademarks.module.js';

@Module({})
export class CreationAppModule {}

/** The creation service: the kit plus its features; entities and migrations listed one by one. */
export function createAppModule(config: ServiceConfig): DynamicModule {
  return {
    module: CreationAppModule,
    imports: [
      KitModule.forService({
        config,
        database: {
          entities: [PatentEntity, PatentStatusEventEntity, TrademarkEntity, TrademarkStatusEventEntity],
          migrations: [CreatePatents1764000000000, PatentStatusHistory1764100000000, CreateTrademarks1764200000000],
        },
      }),
      PatentsModule,
      TrademarksModule,
      MetricsModule.register(CREATION_METRICS),
      AlertsModule.register([AnnualFeeScan, TrademarkRenewalScan]),
    ],
  };
}
