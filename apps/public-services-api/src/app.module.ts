import { type DynamicModule, Module } from '@nestjs/common';
import { KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { AgenciesModule } from './agencies/agencies.module.js';
import { AgencyEntity } from './agencies/agency.entity.js';
import { AgentsModule } from './agents/agents.module.js';
import { AgentPracticeEntity, PatentAgentEntity } from './agents/patent-agent.entity.js';
import { PUBLIC_SERVICES_METRIC_PROVIDERS } from './metrics/public-services.metrics.js';
import { CreateAgencies1764000000000 } from './migrations/1764000000000-create-agencies.js';
import { AgentsSupervisionTraining1764200000000 } from './migrations/1764200000000-agents-supervision-training.js';
import { SupervisionRecordEntity } from './supervision/supervision-record.entity.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { TrainingEventEntity } from './training/training-event.entity.js';
import { TrainingModule } from './training/training.module.js';

const ENTITIES = [AgencyEntity, PatentAgentEntity, AgentPracticeEntity, SupervisionRecordEntity, TrainingEventEntity];
const MIGRATIONS = [CreateAgencies1764000000000, AgentsSupervisionTraining1764200000000];

@Module({})
export class PublicServicesAppModule {}

export function createAppModule(config: ServiceConfig): DynamicModule {
  return {
    module: PublicServicesAppModule,
    imports: [
      KitModule.forService({ config, database: { entities: ENTITIES, migrations: MIGRATIONS } }),
      AgenciesModule,
      AgentsModule,
      SupervisionModule,
      TrainingModule,
      MetricsModule.register(PUBLIC_SERVICES_METRIC_PROVIDERS),
    ],
  };
}
