import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule, KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { CreatePledges1764000000000 } from './migrations/1764000000000-create-pledges.js';
import { PledgeLifecycle1764100000000 } from './migrations/1764100000000-pledge-lifecycle.js';
import { PLEDGE_METRICS } from './pledge-metrics/pledge-metrics.providers.js';
import { PledgeEntity } from './pledges/pledge.entity.js';
import { PledgeEventEntity } from './pledges/pledge-event.entity.js';
import { PledgesModule } from './pledges/pledges.module.js';
import { PledgeMaturityScan } from './pledges/pledge-maturity.scan.js';
// Risk-compensation fund, maker-checker payments, interest subsidies (util-fund).
import { RiskFundAndInterestSubsidies1764310000000 } from './migrations/1764310000000-risk-fund-and-interest-subsidies.js';
import { PaymentApprovalEntity } from './payment-approvals/payment-approval.entity.js';
import { PaymentApprovalsModule } from './payment-approvals/payment-approvals.module.js';
import { FundClaimEntity, FundEntity, FundEntryEntity, FundRuleEntity } from './risk-fund/fund.entities.js';
import { RiskFundModule } from './risk-fund/risk-fund.module.js';
import { InterestSubsidyEntity, InterestSubsidyLineEntity, InterestSubsidyRuleEntity } from './interest-subsidies/interest-subsidy.entities.js';
import { InterestSubsidiesModule } from './interest-subsidies/interest-subsidies.module.js';
import { FUND_METRICS } from './fund-metrics/fund-metrics.providers.js';

@Module({})
export class UtilizationAppModule {}

const FUND_ENTITIES = [PaymentApprovalEntity, FundEntity, FundRuleEntity, FundEntryEntity, FundClaimEntity, InterestSubsidyRuleEntity, InterestSubsidyEntity, InterestSubsidyLineEntity];
const FUND_MIGRATIONS = [RiskFundAndInterestSubsidies1764310000000];
const FUND_MODULES = [PaymentApprovalsModule, RiskFundModule, InterestSubsidiesModule];

/** The utilization service: the kit plus its features, entities and migrations named one by one. */
export function createAppModule(config: ServiceConfig): DynamicModule {
  const database = {
    entities: [PledgeEntity, PledgeEventEntity, ...FUND_ENTITIES],
    migrations: [CreatePledges1764000000000, PledgeLifecycle1764100000000, ...FUND_MIGRATIONS],
  };
  return {
    module: UtilizationAppModule,
    imports: [KitModule.forService({ config, database }), PledgesModule, ...FUND_MODULES, MetricsModule.register([...PLEDGE_METRICS, ...FUND_METRICS]), AlertsModule.register([PledgeMaturityScan])],
  };
}
