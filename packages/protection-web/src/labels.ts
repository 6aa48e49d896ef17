import { divisionByCode, formatYuan } from '@ipbureau/domain';
import type { TAdjudicationStatus, TBlacklistStatus, TCaseStatus } from '@ipbureau/domain/protection';
import { useUiLocale, type StatusTone } from '@ipbureau/ui';

export type Labels<K extends string> = Record<K, { zh: string; en: string }>;

/** Picks the reader's language from the domain's bilingual vocabularies (kinds, statuses, actions). */
export function useLabels() {
  const locale = useUiLocale();
  const en = locale === 'en';
  return {
    locale,
    label: <K extends string>(labels: Labels<K>, key: K) => (en ? labels[key].en : labels[key].zh),
    options: <K extends string>(labels: Labels<K>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: en ? labels[value].en : labels[value].zh })),
    district: (code: string) => {
      const division = divisionByCode(code);
      return division ? (en ? division.nameEn : division.nameZh) : code;
    },
    yuan: (amount: string | null) => (amount === null ? '—' : `${formatYuan(amount)} ${en ? 'yuan' : '元'}`),
  };
}

export const CASE_STATUS_TONES: Record<TCaseStatus, StatusTone> = {
  registered: 'processing',
  investigating: 'processing',
  suspended: 'warning',
  decided: 'warning',
  executed: 'warning',
  closed: 'success',
  transferred: 'default',
  withdrawn: 'default',
  mediated: 'success',
};

export const BLACKLIST_STATUS_TONES: Record<TBlacklistStatus, StatusTone> = {
  pending: 'warning',
  published: 'error',
  removed: 'default',
};

export const ADJUDICATION_STATUS_TONES: Record<TAdjudicationStatus, StatusTone> = {
  received: 'processing',
  accepted: 'processing',
  adjudicated: 'success',
  agreed: 'success',
  confirmed: 'success',
  handed_over: 'default',
  withdrawn: 'default',
  suspended: 'warning',
};
