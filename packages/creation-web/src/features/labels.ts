import { useTranslation } from 'react-i18next';
import { districtsOf, divisionByCode, type TPatentType } from '@ipbureau/domain';
import type { TPatentAction, TPatentStatus, TTrademarkAction, TTrademarkKind, TTrademarkStatus } from '@ipbureau/domain/creation';
import { useMe } from '@ipbureau/api-client';
import type { StatusTone } from '@ipbureau/ui';

// The screens take only types from '@ipbureau/domain/creation': the values they need are spelled
// here against those types (a `Record` over each union, so a new status fails to compile until it
// gets a colour), and the browser bundle needs no sub-path of the domain package.

export const PATENT_STATUS_TONES: Record<TPatentStatus, StatusTone> = {
  pending: 'processing',
  granted: 'success',
  rejected: 'error',
  withdrawn: 'default',
  lapsed: 'warning',
  invalidated: 'error',
  expired: 'default',
};
export const PATENT_STATUS_OPTIONS = Object.keys(PATENT_STATUS_TONES) as TPatentStatus[];

const PATENT_TYPE_SET: Record<TPatentType, true> = { invention: true, utility_model: true, design: true, pct_invention: true, pct_utility_model: true };
export const PATENT_TYPE_OPTIONS = Object.keys(PATENT_TYPE_SET) as TPatentType[];

export const TRADEMARK_STATUS_TONES: Record<TTrademarkStatus, StatusTone> = { registered: 'success', cancelled: 'default', invalidated: 'error' };
export const TRADEMARK_STATUS_OPTIONS = Object.keys(TRADEMARK_STATUS_TONES) as TTrademarkStatus[];

const TRADEMARK_KIND_SET: Record<TTrademarkKind, true> = { ordinary: true, collective: true, certification: true, madrid: true };
export const TRADEMARK_KIND_OPTIONS = Object.keys(TRADEMARK_KIND_SET) as TTrademarkKind[];

/** Labels of the pillar's vocabularies and of districts, in the UI's language. */
export function useCreationLabels() {
  const { t, i18n } = useTranslation('creation');
  const en = i18n.language === 'en';
  return {
    patentStatus: (status: TPatentStatus) => t(`patentStatus.${status}`),
    patentAction: (action: TPatentAction | 'file') => t(`patentAction.${action}`),
    patentType: (type: TPatentType) => t(`patentType.${type}`),
    trademarkStatus: (status: TTrademarkStatus) => t(`trademarkStatus.${status}`),
    trademarkKind: (kind: TTrademarkKind) => t(`trademarkKind.${kind}`),
    trademarkAction: (action: TTrademarkAction | 'register') => t(`trademarkAction.${action}`),
    district: (code: string) => {
      const division = divisionByCode(code);
      return division ? (en ? division.nameEn : division.nameZh) : code;
    },
  };
}

/** The districts of the signed-in user's region, for pickers, filters and charts. */
export function useRegionDistricts() {
  const me = useMe();
  const labels = useCreationLabels();
  const region = me.data?.regionCode;
  return region ? districtsOf(region).map((d) => ({ value: d.code, label: labels.district(d.code) })) : [];
}
