import type { RouteObject } from 'react-router';
import { BulbOutlined, type PillarModule } from '@ipbureau/ui';
import { creationMessages } from './creation.messages';
import { CreationHome } from './routes/creation-home/creation-home';

/** Plan chapter 四.二. Patents, trademarks, geographical indications and the enterprises the plan cultivates. */
export const creationModule: PillarModule<'creation', RouteObject> = {
  key: 'creation',
  basePath: '/creation',
  menu: {
    label: { 'zh-CN': creationMessages['zh-CN'].title, en: creationMessages.en.title },
    icon: <BulbOutlined />,
  },
  messages: creationMessages,
  routes: [{ index: true, element: <CreationHome /> }],
};
