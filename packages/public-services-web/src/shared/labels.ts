import { useTranslation } from 'react-i18next';
import { divisionByCode, districtsOf } from '@ipbureau/domain';

export type Bilingual = { zh: string; en: string };

/** Picks the label in the UI's language from the domain's bilingual tables. */
export function useLabel() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return {
    en,
    of: (label: Bilingual | undefined, fallback = '') => (label ? (en ? label.en : label.zh) : fallback),
    district: (code: string) => {
      const division = divisionByCode(code);
      return division ? (en ? division.nameEn : division.nameZh) : code;
    },
  };
}

/** The districts of Shantou, for filters and forms. */
export const DISTRICTS = districtsOf('440500');
