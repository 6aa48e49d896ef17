import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule, EventsModule, KitModule, MetricsModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { CaseDeadlineScan } from './alerts/case-deadlines.scan.js';
import { AdjudicationEventEntity, AdjudicationRequestEntity } from './adjudication/adjudication-request.entity.js';
import { AdjudicationModule } from './adjudication/adjudication.module.js';
import { CalendarDayEntity } from './calendar/calendar-day.entity.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CaseDocumentEntity } from './cases/case-document.entity.js';
import { CaseEventEntity } from './cases/case-event.entity.js';
import { CaseOfficerEntity, CasePartyEntity, CaseRightEntity } from './cases/case-party.entity.js';
import { CasesModule } from './cases/cases.module.js';
import { EnforcementCaseEntity } from './cases/enforcement-case.entity.js';
import { BlacklistEntryEntity, BlacklistEventEntity } from './credit-lists/blacklist-entry.entity.js';
import { BlacklistReferralHandler } from './credit-lists/blacklist-referral.handler.js';
import { CreditListsModule } from './credit-lists/credit-lists.module.js';
import { WhitelistRightEntity } from './credit-lists/whitelist-right.entity.js';
import { KeyEnterpriseBatchEntity, KeyEnterpriseEntity, KeyEnterpriseRightEntity } from './key-enterprises/key-enterprise.entity.js';
import { KeyEnterprisesModule } from './key-enterprises/key-enterprises.module.js';
import { CASE_METRICS } from './metrics/case-metrics.js';
import { CREDIT_METRICS } from './metrics/credit-metrics.js';
import { CreateCases1764000000000 } from './migrations/1764000000000-create-cases.js';
import { CaseWorkflow1764100000000 } from './migrations/1764100000000-case-workflow.js';
import { CaseDeadlines1764500000000 } from './migrations/1764500000000-case-deadlines.js';
import { CreditListsAndAdjudication1764600000000 } from './migrations/1764600000000-credit-lists.js';
import { ReportsAndExhibitions1764700000000 } from './migrations/1764700000000-reports-exhibitions.js';
import { ReportEntity, ReportEventEntity, ReportRewardRuleEntity } from './reports/report.entity.js';
import { REPORT_METRICS } from './reports/reports.metrics.js';
import { ReportsModule } from './reports/reports.module.js';
import { EcommerceComplaintEntity, ExhibitionComplaintEntity, ExhibitionEntity } from './exhibitions/exhibition.entity.js';
import { EXHIBITION_METRICS } from './exhibitions/exhibitions.metrics.js';
import { ExhibitionsModule } from './exhibitions/exhibitions.module.js';
import { HANDLING_TIME_METRICS } from './metrics/handling-time-metrics.js';
import { RapidProtection1764800000000 } from './migrations/1764800000000-rapid-protection.js';
import { CaseRights1764900000000 } from './migrations/1764900000000-case-rights.js';
import { CaseDocuments1765000000000 } from './migrations/1765000000000-case-documents.js';
import { WhitelistWarningsRaised1765100000000 } from './migrations/1765100000000-whitelist-warnings-raised.js';
import { RapidServiceLevels1765200000000 } from './migrations/1765200000000-rapid-service-levels.js';
import { ReportRewardRules1765300000000 } from './migrations/1765300000000-report-reward-rules.js';
import { RapidRequestOverdueScan } from './alerts/rapid-requests.scan.js';
import { WhitelistRightsScan } from './alerts/whitelist-rights.scan.js';
import { OVERSEAS_METRICS, RAPID_PROTECTION_METRICS, WORKSTATION_METRICS } from './metrics/rapid-protection-metrics.js';
import { RapidEntityEntity, RapidRequestEntity, RapidRequestEventEntity, RapidServiceLevelEntity } from './rapid-protection/rapid-request.entity.js';
import { RapidProtectionModule } from './rapid-protection/rapid-protection.module.js';
import { AssistanceEntity, WorkstationEntity } from './workstations/workstation.entity.js';
import { WorkstationsModule } from './workstations/workstations.module.js';
import { OverseasDisputeEntity, OverseasDisputeEventEntity, RiskAlertEntity, RiskAlertRecipientEntity } from './overseas/overseas.entity.js';
import { OverseasModule } from './overseas/overseas.module.js';

@Module({})
export class ProtectionAppModule {}

/** The protection service. Entities and migrations are listed explicitly, never discovered. */
export function createAppModule(config: ServiceConfig): DynamicModule {
  const kit = KitModule.forService({
    config,
    database: {
      entities: [
        EnforcementCaseEntity,
        CaseEventEntity,
        CasePartyEntity,
        CaseOfficerEntity,
        CaseRightEntity,
        CaseDocumentEntity,
        CalendarDayEntity,
        BlacklistEntryEntity,
        BlacklistEventEntity,
        WhitelistRightEntity,
        KeyEnterpriseBatchEntity,
        KeyEnterpriseEntity,
        KeyEnterpriseRightEntity,
        AdjudicationRequestEntity,
        AdjudicationEventEntity,
        ReportEntity,
        ReportEventEntity,
        ReportRewardRuleEntity,
        ExhibitionEntity,
        ExhibitionComplaintEntity,
        EcommerceComplaintEntity,
        RapidEntityEntity,
        RapidRequestEntity,
        RapidRequestEventEntity,
        RapidServiceLevelEntity,
        WorkstationEntity,
        AssistanceEntity,
        OverseasDisputeEntity,
        OverseasDisputeEventEntity,
        RiskAlertEntity,
        RiskAlertRecipientEntity,
      ],
      migrations: [CreateCases1764000000000, CaseWorkflow1764100000000, CaseDeadlines1764500000000, CreditListsAndAdjudication1764600000000, ReportsAndExhibitions1764700000000, RapidProtection1764800000000, CaseRights1764900000000, CaseDocuments1765000000000, WhitelistWarningsRaised1765100000000, RapidServiceLevels1765200000000, ReportRewardRules1765300000000],
    },
  });
  return {
    module: ProtectionAppModule,
    imports: [
      kit,
      CasesModule,
      CalendarModule,
      CreditListsModule,
      KeyEnterprisesModule,
      AdjudicationModule,
      ReportsModule,
      ExhibitionsModule,
      RapidProtectionModule,
      WorkstationsModule,
      OverseasModule,
      MetricsModule.register([...CASE_METRICS, ...CREDIT_METRICS, ...REPORT_METRICS, ...EXHIBITION_METRICS, ...HANDLING_TIME_METRICS, ...RAPID_PROTECTION_METRICS, ...WORKSTATION_METRICS, ...OVERSEAS_METRICS]),
      AlertsModule.register([CaseDeadlineScan, RapidRequestOverdueScan, WhitelistRightsScan]),
      EventsModule.consume([BlacklistReferralHandler]),
    ],
  };
}
