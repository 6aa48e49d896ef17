import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LOCALES, type TLocale } from '@ipbureau/domain';
import type { PillarModule } from '@ipbureau/ui';
import { en } from './messages.en';
import { zhCN } from './messages.zh-CN';

export const LANGUAGE_STORAGE_KEY = 'ipbureau.language';

type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function isLocale(value: unknown): value is TLocale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The UI language as the API client and antd need it; Chinese unless English was chosen. */
export function currentLocale(i18n: I18n): TLocale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

function applyToPage(i18n: I18n, locale: TLocale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.title = i18n.t('app.title');
  }
}

/**
 * One i18next instance per app (tests make their own). Chinese is the default; a choice of
 * English is remembered on this computer, unlike the session, which ends with the tab.
 */
export function createI18n(pillars: readonly PillarModule[], storage: LanguageStorage | null = globalThis.localStorage ?? null): I18n {
  const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
  const lng: TLocale = isLocale(stored) ? stored : 'zh-CN';
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LOCALES],
    defaultNS: 'common',
    resources: { 'zh-CN': { common: zhCN }, en: { common: en } },
    interpolation: { escapeValue: false }, // React escapes already.
    initAsync: false,
    showSupportNotice: false, // no vendor notice in officers' browser consoles
  });
  for (const pillar of pillars) {
    for (const locale of LOCALES) instance.addResourceBundle(locale, pillar.key, pillar.messages[locale]);
  }
  applyToPage(instance, lng);
  instance.on('languageChanged', (next) => {
    const locale = isLocale(next) ? next : 'zh-CN';
    storage?.setItem(LANGUAGE_STORAGE_KEY, locale);
    applyToPage(instance, locale);
  });
  return instance;
}
