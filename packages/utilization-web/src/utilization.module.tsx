import type { RouteObject } from 'react-router';
import { FundOutlined, type PillarModule } from '@ipbureau/ui';
import { utilizationMessages } from './utilization.messages';
import { UtilizationHome } from './routes/utilization-home/utilization-home';
import { PledgeList } from './routes/pledge-list/pledge-list';
import { PledgeCreate } from './routes/pledge-create/pledge-create';
import { PledgeDetail } from './routes/pledge-detail/pledge-detail';
import { PledgeOverview } from './routes/pledge-overview/pledge-overview';
// Risk-compensation fund, interest subsidies, payment approvals (util-fund).
import { FundLedger } from './routes/fund-ledger/fund-ledger';
import { FundClaimCreate } from './routes/fund-claim-create/fund-claim-create';
import { InterestSubsidyCreate } from './routes/interest-subsidy-create/interest-subsidy-create';
import { InterestSubsidyDetail } from './routes/interest-subsidy-detail/interest-subsidy-detail';
import { PaymentApprovals } from './routes/payment-approvals/payment-approvals';
import { PremiumPaymentRedirect } from './routes/insurance-detail/premium-subsidy';
import { InterestSubsidyList, PremiumSubsidyList } from './routes/subsidy-lists/subsidy-lists';
import { PRODUCT_ROUTES } from './products.routes';

/** Plan chapter 四.三. Pledge financing, insurance, transfer and licensing, and patent awards. */
export const utilizationModule: PillarModule<'utilization', RouteObject> = {
  key: 'utilization',
  basePath: '/utilization',
  menu: {
    label: { 'zh-CN': utilizationMessages['zh-CN'].title, en: utilizationMessages.en.title },
    icon: <FundOutlined />,
  },
  messages: utilizationMessages,
  routes: [
    { index: true, element: <UtilizationHome /> },
    { path: 'pledges', element: <PledgeList /> },
    { path: 'pledges/new', element: <PledgeCreate /> },
    { path: 'pledges/:id', element: <PledgeDetail /> },
    { path: 'overview', element: <PledgeOverview /> },
    // Risk-compensation fund, interest subsidies, payment approvals (util-fund).
    { path: 'funds', element: <FundLedger /> },
    { path: 'fund-claims/new', element: <FundClaimCreate /> },
    { path: 'interest-subsidies', element: <InterestSubsidyList /> },
    { path: 'interest-subsidies/new', element: <InterestSubsidyCreate /> },
    { path: 'interest-subsidies/:id', element: <InterestSubsidyDetail /> },
    { path: 'payment-approvals', element: <PaymentApprovals /> },
    { path: 'premium-subsidies', element: <PremiumSubsidyList /> },
    { path: 'premium-subsidy-payments/:id', element: <PremiumPaymentRedirect /> },
    ...PRODUCT_ROUTES,
  ],
};
