import { type DynamicModule, Module } from '@nestjs/common';
import { DEFAULT_OUTLIER_RULE } from '@ipbureau/domain/public-services';
import { KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { PUBLIC_SERVICES_CONFIG, type PublicServicesConfig } from './config.js';
import { AgenciesModule } from './agencies/agencies.module.js';
import { AgencyEntity } from './agencies/agency.entity.js';
import { AgentsModule } from './agents/agents.module.js';
import { AgentPracticeEntity, PatentAgentEntity } from './agents/patent-agent.entity.js';
import { PUBLIC_SERVICES_METRIC_PROVIDERS } from './metrics/public-services.metrics.js';
import { CreateAgencies1764000000000 } from './migrations/1764000000000-create-agencies.js';
import { AgentsSupervisionTraining1764200000000 } from './migrations/1764200000000-agents-supervision-training.js';
import { BlacklistReferral1764300000000 } from './migrations/1764300000000-blacklist-referral.js';
import { PolicyLibrary1764310000000 } from './migrations/1764310000000-policy-library.js';
import { InformationServices1764320000000 } from './migrations/1764320000000-information-services.js';
import { AgencyBranches1764400000000 } from './migrations/1764400000000-agency-branches.js';
import { TrainingRegistrations1764600000000 } from './migrations/1764600000000-training-registrations.js';
import { InfoRequestEntity } from './info-requests/info-request.entity.js';
import { InfoRequestsModule } from './info-requests/info-requests.module.js';
import { NavigationProjectEntity } from './navigation/navigation-project.entity.js';
import { NavigationModule } from './navigation/navigation.module.js';
import { TrusteeshipContractEntity } from './trusteeship/trusteeship-contract.entity.js';
import { TrusteeshipModule } from './trusteeship/trusteeship.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PoliciesModule } from './policies/policies.module.js';
import { PolicyDocumentEntity } from './policies/policy-document.entity.js';
import { SupervisionRecordEntity } from './supervision/supervision-record.entity.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { SupervisionResultsModule } from './supervision-results/supervision-results.module.js';
import { TrainingEventEntity } from './training/training-event.entity.js';
import { TrainingRegistrationEntity } from './training/training-registration.entity.js';
import { TrainingModule } from './training/training.module.js';

const ENTITIES = [AgencyEntity, PatentAgentEntity, AgentPracticeEntity, SupervisionRecordEntity, TrainingEventEntity, TrainingRegistrationEntity, PolicyDocumentEntity, InfoRequestEntity, NavigationProjectEntity, TrusteeshipContractEntity];
const MIGRATIONS = [CreateAgencies1764000000000, AgentsSupervisionTraining1764200000000, BlacklistReferral1764300000000, PolicyLibrary1764310000000, InformationServices1764320000000, AgencyBranches1764400000000, TrainingRegistrations1764600000000];

@Module({})
export class PublicServicesAppModule {}

/** A plain ServiceConfig (tests of a single pillar) reads no other pillar: their sections are unavailable. */
export function createAppModule(config: ServiceConfig | PublicServicesConfig): DynamicModule {
  const full: PublicServicesConfig = { pillarUrls: {}, pillarTimeoutMs: 5_000, supervisionOutlierRule: DEFAULT_OUTLIER_RULE, ...config };
  return {
    module: PublicServicesAppModule,
    imports: [
      KitModule.forService({ config, database: { entities: ENTITIES, migrations: MIGRATIONS }, providers: [{ provide: PUBLIC_SERVICES_CONFIG, useValue: full }] }),
      AgenciesModule,
      AgentsModule,
      SupervisionModule,
      SupervisionResultsModule,
      TrainingModule,
      PoliciesModule,
      InfoRequestsModule,
      NavigationModule,
      TrusteeshipModule,
      OrganizationsModule,
      MetricsModule.register(PUBLIC_SERVICES_METRIC_PROVIDERS),
    ],
  };
}
