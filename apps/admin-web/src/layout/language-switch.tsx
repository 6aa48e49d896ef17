import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLocale } from '@ipbureau/domain';
import { currentLocale } from '../i18n/i18n';

// Each language is named in itself, so a reader of either can find the other.
const OPTIONS: { value: TLocale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<TLocale>
      size="small"
      aria-label={t('language.label')}
      options={OPTIONS}
      value={currentLocale(i18n)}
      onChange={(locale) => void i18n.changeLanguage(locale)}
    />
  );
}
