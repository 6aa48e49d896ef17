import type { RouteObject } from 'react-router';
import { BulbOutlined, type PillarModule } from '@ipbureau/ui';
import { creationMessages } from './creation.messages';
import { ClawbackList } from './routes/clawback-list/clawback-list';
import { CreationHome } from './routes/creation-home/creation-home';
import { CreationOverview } from './routes/creation-overview/creation-overview';
import { EnterpriseCreate } from './routes/enterprise-create/enterprise-create';
import { EnterpriseDetail } from './routes/enterprise-detail/enterprise-detail';
import { EnterpriseList } from './routes/enterprise-list/enterprise-list';
import { GiCreate } from './routes/gi-create/gi-create';
import { GiDetail } from './routes/gi-detail/gi-detail';
import { GiList } from './routes/gi-list/gi-list';
import { ImportPage } from './routes/imports/import-page';
import { IpcMappings } from './routes/ipc-mappings/ipc-mappings';
import { PatentCreate } from './routes/patent-create/patent-create';
import { PatentDetail } from './routes/patent-detail/patent-detail';
import { PatentList } from './routes/patent-list/patent-list';
import { SubsidyDetail } from './routes/subsidy-detail/subsidy-detail';
import { SubsidyList } from './routes/subsidy-list/subsidy-list';
import { TrademarkCreate } from './routes/trademark-create/trademark-create';
import { TrademarkDetail } from './routes/trademark-detail/trademark-detail';
import { TrademarkList } from './routes/trademark-list/trademark-list';

/** Plan chapter 四.二. Patents, trademarks, geographical indications and the enterprises the plan cultivates. */
export const creationModule: PillarModule<'creation', RouteObject> = {
  key: 'creation',
  basePath: '/creation',
  menu: {
    label: { 'zh-CN': creationMessages['zh-CN'].title, en: creationMessages.en.title },
    icon: <BulbOutlined />,
  },
  messages: creationMessages,
  routes: [
    { index: true, element: <CreationHome /> },
    { path: 'overview', element: <CreationOverview /> },
    { path: 'patents', element: <PatentList /> },
    { path: 'patents/new', element: <PatentCreate /> },
    { path: 'patents/:id', element: <PatentDetail /> },
    { path: 'trademarks', element: <TrademarkList /> },
    { path: 'trademarks/new', element: <TrademarkCreate /> },
    { path: 'trademarks/:id', element: <TrademarkDetail /> },
    { path: 'enterprises', element: <EnterpriseList /> },
    { path: 'enterprises/new', element: <EnterpriseCreate /> },
    { path: 'enterprises/:id', element: <EnterpriseDetail /> },
    { path: 'ipc-industry-mappings', element: <IpcMappings /> },
    { path: 'subsidies', element: <SubsidyList /> },
    { path: 'subsidies/:id', element: <SubsidyDetail /> },
    { path: 'subsidy-clawbacks', element: <ClawbackList /> },
    { path: 'imports', element: <ImportPage /> },
    { path: 'geographical-indications', element: <GiList /> },
    { path: 'geographical-indications/new', element: <GiCreate /> },
    { path: 'geographical-indications/:id', element: <GiDetail /> },
  ],
};
