import type { RouteObject } from 'react-router';
import { SafetyCertificateOutlined, type PillarModule } from '@ipbureau/ui';
import { protectionMessages } from './protection.messages';
import { AdjudicationDetailPage } from './routes/adjudication-detail/adjudication-detail-page';
import { AdjudicationListPage } from './routes/adjudication-list/adjudication-list-page';
import { BlacklistDetailPage } from './routes/blacklist-detail/blacklist-detail-page';
import { BlacklistListPage } from './routes/blacklist-list/blacklist-list-page';
import { CalendarPage } from './routes/calendar/calendar-page';
import { RapidServiceLevelsPage } from './routes/calendar/rapid-service-levels-page';
import { CaseCreatePage } from './routes/case-create/case-create-page';
import { CaseDetailPage } from './routes/case-detail/case-detail-page';
import { CaseListPage } from './routes/case-list/case-list-page';
import { KeyEnterprisesPage } from './routes/key-enterprises/key-enterprises-page';
import { ProtectionOverviewPage } from './routes/protection-overview/protection-overview-page';
import { WhitelistPage } from './routes/whitelist/whitelist-page';
import { ReportDetailPage } from './routes/reports/report-detail-page';
import { ReportListPage } from './routes/reports/report-list-page';
import { ReportRewardRulesPage } from './routes/reports/report-reward-rules-page';
import { EcommercePage } from './routes/exhibitions/ecommerce-page';
import { ExhibitionDetailPage } from './routes/exhibitions/exhibition-detail-page';
import { ExhibitionListPage } from './routes/exhibitions/exhibition-list-page';
import { RapidProtectionDetailPage } from './routes/rapid-protection/rapid-protection-detail-page';
import { RapidProtectionListPage } from './routes/rapid-protection/rapid-protection-list-page';
import { WorkstationDetailPage } from './routes/workstations/workstation-detail-page';
import { WorkstationsPage } from './routes/workstations/workstations-page';
import { OverseasDisputeDetailPage } from './routes/overseas/overseas-dispute-detail-page';
import { OverseasDisputesPage } from './routes/overseas/overseas-disputes-page';
import { RiskAlertsPage } from './routes/overseas/risk-alerts-page';

/** Plan chapter 四.四. Enforcement cases, adjudication, mediation and the rapid protection centre. */
export const protectionModule: PillarModule<'protection', RouteObject> = {
  key: 'protection',
  basePath: '/protection',
  menu: {
    label: { 'zh-CN': protectionMessages['zh-CN'].title, en: protectionMessages.en.title },
    icon: <SafetyCertificateOutlined />,
  },
  messages: protectionMessages,
  routes: [
    { index: true, element: <ProtectionOverviewPage /> },
    { path: 'cases', element: <CaseListPage /> },
    { path: 'cases/new', element: <CaseCreatePage /> },
    { path: 'cases/:id', element: <CaseDetailPage /> },
    { path: 'calendar', element: <CalendarPage /> },
    { path: 'rapid-service-levels', element: <RapidServiceLevelsPage /> },
    { path: 'credit/blacklist', element: <BlacklistListPage /> },
    { path: 'credit/blacklist/:id', element: <BlacklistDetailPage /> },
    { path: 'credit/whitelist', element: <WhitelistPage /> },
    { path: 'key-enterprises', element: <KeyEnterprisesPage /> },
    { path: 'adjudication', element: <AdjudicationListPage /> },
    { path: 'adjudication/:id', element: <AdjudicationDetailPage /> },
    { path: 'reports', element: <ReportListPage /> },
    { path: 'reports/:id', element: <ReportDetailPage /> },
    { path: 'report-reward-rules', element: <ReportRewardRulesPage /> },
    { path: 'exhibitions', element: <ExhibitionListPage /> },
    { path: 'exhibitions/:id', element: <ExhibitionDetailPage /> },
    { path: 'ecommerce', element: <EcommercePage /> },
    { path: 'rapid-protection', element: <RapidProtectionListPage /> },
    { path: 'rapid-protection/:id', element: <RapidProtectionDetailPage /> },
    { path: 'workstations', element: <WorkstationsPage /> },
    { path: 'workstations/:id', element: <WorkstationDetailPage /> },
    { path: 'overseas', element: <OverseasDisputesPage /> },
    { path: 'overseas/:id', element: <OverseasDisputeDetailPage /> },
    { path: 'overseas-alerts', element: <RiskAlertsPage /> },
  ],
};
