import type { RouteObject } from 'react-router';
import { SafetyCertificateOutlined, type PillarModule } from '@ipbureau/ui';
import { protectionMessages } from './protection.messages';
import { ProtectionHome } from './routes/protection-home/protection-home';

/** Plan chapter 四.四. Enforcement cases, adjudication, mediation and the rapid protection centre. */
export const protectionModule: PillarModule<'protection', RouteObject> = {
  key: 'protection',
  basePath: '/protection',
  menu: {
    label: { 'zh-CN': protectionMessages['zh-CN'].title, en: protectionMessages.en.title },
    icon: <SafetyCertificateOutlined />,
  },
  messages: protectionMessages,
  routes: [{ index: true, element: <ProtectionHome /> }],
};
