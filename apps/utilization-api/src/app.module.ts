import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule, KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { CreatePledges1764000000000 } from './migrations/1764000000000-create-pledges.js';
import { PledgeLifecycle1764100000000 } from './migrations/1764100000000-pledge-lifecycle.js';
import { LenderCreditCode1764500000000 } from './migrations/1764500000000-lender-credit-code.js';
import { PLEDGE_METRICS } from './pledge-metrics/pledge-metrics.providers.js';
import { PledgeMetricsModule } from './pledge-metrics/pledge-metrics.module.js';
import { PledgeEntity } from './pledges/pledge.entity.js';
import { PledgeEventEntity } from './pledges/pledge-event.entity.js';
import { PledgesModule } from './pledges/pledges.module.js';
import { PledgeMaturityScan } from './pledges/pledge-maturity.scan.js';
import { LendersModule } from './lenders/lenders.module.js';
// Risk-compensation fund, maker-checker payments, interest subsidies (util-fund).
import { RiskFundAndInterestSubsidies1764310000000 } from './migrations/1764310000000-risk-fund-and-interest-subsidies.js';
import { PaymentApprovalEntity } from './payment-approvals/payment-approval.entity.js';
import { PaymentApprovalsModule } from './payment-approvals/payment-approvals.module.js';
import { FundClaimEntity, FundEntity, FundEntryEntity, FundRuleEntity } from './risk-fund/fund.entities.js';
import { RiskFundModule } from './risk-fund/risk-fund.module.js';
import { InterestSubsidyEntity, InterestSubsidyLineEntity, InterestSubsidyRuleEntity } from './interest-subsidies/interest-subsidy.entities.js';
import { InterestSubsidiesModule } from './interest-subsidies/interest-subsidies.module.js';
import { FUND_METRICS } from './fund-metrics/fund-metrics.providers.js';
// Utilization products: awards, transfers, commercialization, insurance, securitization.
import { CreateProducts1764250000000 } from './migrations/1764250000000-create-products.js';
import { AwardEntity } from './awards/award.entity.js';
import { AwardsModule } from './awards/awards.module.js';
import { TransferContractEntity } from './transfers/transfer-contract.entity.js';
import { TransfersModule } from './transfers/transfers.module.js';
import { CommercializationFundEntity, CommercializationProjectEntity } from './commercialization/commercialization-project.entity.js';
import { CommercializationModule } from './commercialization/commercialization.module.js';
import { InsuranceClaimEntity, InsurancePolicyEntity } from './insurance/insurance-policy.entity.js';
import { InsuranceModule } from './insurance/insurance.module.js';
import { SecuritizationProductEntity } from './securitization/securitization-product.entity.js';
import { SecuritizationModule } from './securitization/securitization.module.js';
import { PRODUCT_METRICS } from './product-metrics/product-metrics.providers.js';
// Premium subsidies of insurance policies paid through maker-checker.
import { PremiumSubsidyPayments1764400000000 } from './migrations/1764400000000-premium-subsidy-payments.js';
import { PremiumSubsidyPaymentEntity } from './premium-subsidies/premium-subsidy-payment.entity.js';
import { PremiumSubsidiesModule } from './premium-subsidies/premium-subsidies.module.js';

const PRODUCT_ENTITIES = [AwardEntity, TransferContractEntity, CommercializationProjectEntity, CommercializationFundEntity, InsurancePolicyEntity, InsuranceClaimEntity, SecuritizationProductEntity];
const PRODUCT_MIGRATIONS = [CreateProducts1764250000000];
const PRODUCT_MODULES = [AwardsModule, TransfersModule, CommercializationModule, InsuranceModule, SecuritizationModule];

@Module({})
export class UtilizationAppModule {}

const FUND_ENTITIES = [PaymentApprovalEntity, PremiumSubsidyPaymentEntity, FundEntity, FundRuleEntity, FundEntryEntity, FundClaimEntity, InterestSubsidyRuleEntity, InterestSubsidyEntity, InterestSubsidyLineEntity];
const FUND_MIGRATIONS = [RiskFundAndInterestSubsidies1764310000000, PremiumSubsidyPayments1764400000000];
const FUND_MODULES = [PaymentApprovalsModule, RiskFundModule, InterestSubsidiesModule, PremiumSubsidiesModule];

/** The utilization service: the kit plus its features, entities and migrations named one by one. */
export function createAppModule(config: ServiceConfig): DynamicModule {
  const database = {
    entities: [PledgeEntity, PledgeEventEntity, ...FUND_ENTITIES, ...PRODUCT_ENTITIES],
    migrations: [CreatePledges1764000000000, PledgeLifecycle1764100000000, ...PRODUCT_MIGRATIONS, ...FUND_MIGRATIONS, LenderCreditCode1764500000000],
  };
  return {
    module: UtilizationAppModule,
    imports: [
      KitModule.forService({ config, database }),
      PledgesModule,
      PledgeMetricsModule,
      LendersModule,
      ...FUND_MODULES,
      ...PRODUCT_MODULES,
      MetricsModule.register([...PLEDGE_METRICS, ...FUND_METRICS, ...PRODUCT_METRICS]),
      AlertsModule.register([PledgeMaturityScan]),
    ],
  };
}
