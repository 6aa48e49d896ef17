import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule, EventsModule, KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { PledgeEventsHandler } from './pledged-rights/pledge-events.handler.js';
import { AnnualFeeScan, TrademarkRenewalScan } from './alerts/renewals.scan.js';
import { CertificationEntity, CertificationEventEntity } from './enterprises/certification.entity.js';
import { EnterpriseTitleEntity } from './enterprises/enterprise-title.entity.js';
import { EnterpriseEntity } from './enterprises/enterprise.entity.js';
import { EnterprisesModule } from './enterprises/enterprises.module.js';
import { HighValueModule } from './high-value/high-value.module.js';
import { IpcIndustryMappingEntity } from './high-value/ipc-industry-mapping.entity.js';
import { PatentAwardEntity, PatentFamilyMemberEntity } from './high-value/patent-facts.entity.js';
import { CREATION_METRICS } from './metrics/creation.metrics.js';
import { CreatePatents1764000000000 } from './migrations/1764000000000-create-patents.js';
import { PatentStatusHistory1764100000000 } from './migrations/1764100000000-patent-status-history.js';
import { CreateTrademarks1764200000000 } from './migrations/1764200000000-create-trademarks.js';
import { EnterprisesAndHighValue1764300000000 } from './migrations/1764300000000-enterprises-and-high-value.js';
import { PatentStatusEventEntity } from './patents/patent-status-event.entity.js';
import { PatentEntity } from './patents/patent.entity.js';
import { PatentsModule } from './patents/patents.module.js';
import { TrademarkStatusEventEntity } from './trademarks/trademark-status-event.entity.js';
import { TrademarkEntity } from './trademarks/trademark.entity.js';
import { TrademarksModule } from './trademarks/trademarks.module.js';
import { PatentSubsidies1764500000000 } from './migrations/1764500000000-patent-subsidies.js';
import { StockDayCounts1764650000000 } from './migrations/1764650000000-stock-day-counts.js';
import { SUBSIDY_ENTITIES } from './subsidies/subsidy.entities.js';
import { SUBSIDY_METRICS } from './subsidies/subsidies.metrics.js';
import { SubsidiesModule } from './subsidies/subsidies.module.js';
import { AgencyFactsModule } from './agency-facts/agency-facts.module.js';
import { AwardEvents1764610000000 } from './migrations/1764610000000-award-events.js';
import { AwardEventsHandler } from './award-events/award-events.handler.js';
import { ImportJobs1764620000000 } from './migrations/1764620000000-import-jobs.js';
import { ImportsModule } from './imports/imports.module.js';
import { GeographicalIndications1764630000000 } from './migrations/1764630000000-geographical-indications.js';
import { GiRevocation1764700000000 } from './migrations/1764700000000-gi-revocation.js';
import { DailyCountsStatementRollUp1764710000000 } from './migrations/1764710000000-daily-counts-statement-roll-up.js';
import { StockRefreshByKey1764720000000 } from './migrations/1764720000000-stock-refresh-by-key.js';
import { TimeOrderedIds1764730000000 } from './migrations/1764730000000-time-ordered-ids.js';
import { GiEntity, GiProducerEntity } from './geographical-indications/gi.entities.js';
import { GI_METRICS } from './geographical-indications/gi.metrics.js';
import { GeographicalIndicationsModule } from './geographical-indications/gi.module.js';
import { PatentAgency1764600000000 } from './migrations/1764600000000-patent-agency.js';

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
          entities: [
            PatentEntity,
            PatentStatusEventEntity,
            TrademarkEntity,
            TrademarkStatusEventEntity,
            EnterpriseEntity,
            EnterpriseTitleEntity,
            CertificationEntity,
            CertificationEventEntity,
            IpcIndustryMappingEntity,
            PatentFamilyMemberEntity,
            PatentAwardEntity,
            ...SUBSIDY_ENTITIES,
            GiEntity,
            GiProducerEntity,
          ],
          migrations: [CreatePatents1764000000000, PatentStatusHistory1764100000000, CreateTrademarks1764200000000, EnterprisesAndHighValue1764300000000, PatentSubsidies1764500000000, PatentAgency1764600000000, AwardEvents1764610000000, ImportJobs1764620000000, GeographicalIndications1764630000000, StockDayCounts1764650000000, GiRevocation1764700000000, DailyCountsStatementRollUp1764710000000, StockRefreshByKey1764720000000, TimeOrderedIds1764730000000],
        },
      }),
      PatentsModule,
      TrademarksModule,
      EnterprisesModule,
      HighValueModule,
      SubsidiesModule,
      AgencyFactsModule,
      ImportsModule,
      GeographicalIndicationsModule,
      MetricsModule.register([...CREATION_METRICS, ...SUBSIDY_METRICS, ...GI_METRICS]),
      AlertsModule.register([AnnualFeeScan, TrademarkRenewalScan]),
      EventsModule.consume([PledgeEventsHandler, AwardEventsHandler]),
    ],
  };
}

/** The consumer of utilization's pledge events, for the event transport to call (`app.get(PledgeEventsService)`). */
export { PledgeEventsService, type PledgeEventOutcome } from './pledged-rights/pledge-events.service.js';
/** The consumer of utilization's award events (`app.get(AwardEventsService)`). */
export { AwardEventsService, type AwardEventOutcome } from './award-events/award-events.service.js';
