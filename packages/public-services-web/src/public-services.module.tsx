import type { RouteObject } from 'react-router';
import { CustomerServiceOutlined, type PillarModule } from '@ipbureau/ui';
import { publicServicesMessages } from './public-services.messages';
import { AgenciesPage } from './routes/agencies/agencies-page';
import { AgencyDetailPage } from './routes/agencies/agency-detail-page';
import { AgentsPage } from './routes/agents/agents-page';
import { OverviewPage } from './routes/overview/overview-page';
import { ViolationsPage } from './routes/supervision/violations-page';
import { TrainingPage } from './routes/training/training-page';
import { TrainingEventPage } from './routes/training/training-event-page';
import { SupervisionResultsPage } from './routes/supervision-results/supervision-results-page';
import { PoliciesPage } from './routes/policies/policies-page';
import { InfoRequestsPage } from './routes/info-requests/info-requests-page';
import { NavigationPage } from './routes/navigation/navigation-page';
import { TrusteeshipPage } from './routes/trusteeship/trusteeship-page';

/** Plan chapter 四.五、四.六. Patent agencies and agents, their supervision (records and results), information services, navigation, trusteeship, training and publicity, the policy library. */
export const publicServicesModule: PillarModule<'public-services', RouteObject> = {
  key: 'public-services',
  basePath: '/public-services',
  menu: {
    label: { 'zh-CN': publicServicesMessages['zh-CN'].title, en: publicServicesMessages.en.title },
    icon: <CustomerServiceOutlined />,
  },
  messages: publicServicesMessages,
  routes: [
    { index: true, element: <OverviewPage /> },
    { path: 'agencies', element: <AgenciesPage /> },
    { path: 'agencies/:id', element: <AgencyDetailPage /> },
    { path: 'agents', element: <AgentsPage /> },
    { path: 'violations', element: <ViolationsPage /> },
    { path: 'results', element: <SupervisionResultsPage /> },
    { path: 'info-requests', element: <InfoRequestsPage /> },
    { path: 'navigation', element: <NavigationPage /> },
    { path: 'trusteeship', element: <TrusteeshipPage /> },
    { path: 'training', element: <TrainingPage /> },
    { path: 'training/:id', element: <TrainingEventPage /> },
    { path: 'policies', element: <PoliciesPage /> },
  ],
};
