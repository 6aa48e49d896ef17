import type { RouteObject } from 'react-router';
import { CustomerServiceOutlined, type PillarModule } from '@ipbureau/ui';
import { publicServicesMessages } from './public-services.messages';
import { PublicServicesHome } from './routes/public-services-home/public-services-home';

/** Plan chapter 四.五、四.六. Patent agencies and agents, patent navigation, trusteeship, training and the policy library. */
export const publicServicesModule: PillarModule<'public-services', RouteObject> = {
  key: 'public-services',
  basePath: '/public-services',
  menu: {
    label: { 'zh-CN': publicServicesMessages['zh-CN'].title, en: publicServicesMessages.en.title },
    icon: <CustomerServiceOutlined />,
  },
  messages: publicServicesMessages,
  routes: [{ index: true, element: <PublicServicesHome /> }],
};
