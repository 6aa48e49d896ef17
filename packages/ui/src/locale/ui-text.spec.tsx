import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useUiLocale } from './ui-text';

const under = (locale: typeof enUS) => ({ children }: { children: ReactNode }) => <ConfigProvider locale={locale}>{children}</ConfigProvider>;

describe('useUiLocale', () => {
  it('follows the antd locale and falls back to Chinese', () => {
    expect(renderHook(useUiLocale, { wrapper: under(enUS) }).result.current).toBe('en');
    expect(renderHook(useUiLocale, { wrapper: under(zhCN) }).result.current).toBe('zh-CN');
    expect(renderHook(useUiLocale).result.current).toBe('zh-CN');
  });
});
