import { useContext } from 'react';
import { ConfigProvider } from 'antd';

/** The two languages the platform speaks; Chinese first. */
export type UiLocale = 'zh-CN' | 'en';
export type LocalizedText = Record<UiLocale, string>;

const TEXT = {
  'zh-CN': {
    empty: '暂无数据',
    total: (count: number) => `共 ${count} 条`,
    serviceHealth: '服务状态',
    health: { up: '正常', down: '不可用', checking: '检查中' },
    search: '查询',
    reset: '重置',
    before: '变更前',
    after: '变更后',
    changedFields: '变更字段',
    nothing: '无',
    exportXlsx: '导出 Excel',
    exportFailed: (message: string) => `导出失败：${message}`,
  },
  en: {
    empty: 'No data',
    total: (count: number) => `${count} in total`,
    serviceHealth: 'Service status',
    health: { up: 'Up', down: 'Down', checking: 'Checking' },
    search: 'Search',
    reset: 'Reset',
    before: 'Before',
    after: 'After',
    changedFields: 'Changed fields',
    nothing: 'None',
    exportXlsx: 'Export to Excel',
    exportFailed: (message: string) => `Export failed: ${message}`,
  },
} satisfies Record<UiLocale, unknown>;

export type UiText = (typeof TEXT)[UiLocale];

/**
 * The kit follows antd's ConfigProvider locale rather than a provider of its own, so the app
 * switches language in one place. Without a locale the platform's default, Chinese, applies.
 */
export function useUiLocale(): UiLocale {
  const { locale } = useContext(ConfigProvider.ConfigContext);
  return locale?.locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function useUiText(): UiText {
  return TEXT[useUiLocale()];
}
