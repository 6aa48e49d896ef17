import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiClientProvider } from '@ipbureau/api-client';
import { currentLocale } from '../i18n/i18n';
import type { AppContext } from './app-context';

/** antd follows the i18next language; re-renders on every switch through useTranslation. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={currentLocale(i18n) === 'en' ? enUS : zhCN}
      // antd spaces out two-character Chinese labels ("登 录"); keep button names as written.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ context, children }: { context: AppContext; children: ReactNode }) {
  return (
    <I18nextProvider i18n={context.i18n}>
      <QueryClientProvider client={context.queryClient}>
        <ApiClientProvider client={context.api}>
          <LocalizedAntd>{children}</LocalizedAntd>
        </ApiClientProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
