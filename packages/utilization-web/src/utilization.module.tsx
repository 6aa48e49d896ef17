import type { RouteObject } from 'react-router';
import { FundOutlined, type PillarModule } from '@ipbureau/ui';
import { utilizationMessages } from './utilization.messages';
import { UtilizationHome } from './routes/utilization-home/utilization-home';

/** Plan chapter 四.三. Pledge financing, insurance, transfer and licensing, and patent awards. */
export const utilizationModule: PillarModule<'utilization', RouteObject> = {
  key: 'utilization',
  basePath: '/utilization',
  menu: {
    label: { 'zh-CN': utilizationMessages['zh-CN'].title, en: utilizationMessages.en.title },
    icon: <FundOutlined />,
  },
  messages: utilizationMessages,
  routes: [{ index: true, element: <UtilizationHome /> }],
};
