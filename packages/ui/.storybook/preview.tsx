import type { Preview } from '@storybook/react-vite';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'UI language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  decorators: [
    (Story, context) => (
      <ConfigProvider locale={context.globals.locale === 'en' ? enUS : zhCN}>
        <Story />
      </ConfigProvider>
    ),
  ],
};

export default preview;
