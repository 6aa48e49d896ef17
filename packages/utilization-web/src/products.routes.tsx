import type { RouteObject } from 'react-router';
import { AwardList } from './routes/award-list/award-list';
import { AwardCreate } from './routes/award-create/award-create';
import { AwardDetail } from './routes/award-detail/award-detail';
import { TransferList } from './routes/transfer-list/transfer-list';
import { TransferCreate } from './routes/transfer-create/transfer-create';
import { TransferDetail } from './routes/transfer-detail/transfer-detail';
import { ProjectList } from './routes/project-list/project-list';
import { ProjectCreate } from './routes/project-create/project-create';
import { ProjectDetail } from './routes/project-detail/project-detail';
import { InsuranceList } from './routes/insurance-list/insurance-list';
import { InsuranceCreate } from './routes/insurance-create/insurance-create';
import { InsuranceDetail } from './routes/insurance-detail/insurance-detail';
import { SecuritizationList } from './routes/securitization-list/securitization-list';
import { SecuritizationCreate } from './routes/securitization-create/securitization-create';
import { SecuritizationDetail } from './routes/securitization-detail/securitization-detail';
import { ProductsOverview } from './routes/products-overview/products-overview';

/** The products' screens under the module's basePath (see productPaths). */
export const PRODUCT_ROUTES: RouteObject[] = [
  { path: 'awards', element: <AwardList /> },
  { path: 'awards/new', element: <AwardCreate /> },
  { path: 'awards/:id', element: <AwardDetail /> },
  { path: 'transfers', element: <TransferList /> },
  { path: 'transfers/new', element: <TransferCreate /> },
  { path: 'transfers/:id', element: <TransferDetail /> },
  { path: 'projects', element: <ProjectList /> },
  { path: 'projects/new', element: <ProjectCreate /> },
  { path: 'projects/:id', element: <ProjectDetail /> },
  { path: 'insurance', element: <InsuranceList /> },
  { path: 'insurance/new', element: <InsuranceCreate /> },
  { path: 'insurance/:id', element: <InsuranceDetail /> },
  { path: 'securitization', element: <SecuritizationList /> },
  { path: 'securitization/new', element: <SecuritizationCreate /> },
  { path: 'securitization/:id', element: <SecuritizationDetail /> },
  { path: 'products-overview', element: <ProductsOverview /> },
];
