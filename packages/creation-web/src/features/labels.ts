import { useTranslation } from 'react-i18next';
import { districtsOf, divisionByCode, type TPatentType } from '@ipbureau/domain';
import type {
  TAwardGrade,
  TAwardLevel,
  TCertificationEventAction,
  TCertificationStatus,
  TEnterpriseTitleKind,
  THighValueCriterion,
  TPatentAction,
  TPatentAwardKind,
  TPatentStatus,
  TStrategicIndustryCode,
  TTitleEndReason,
  TTitleLevel,
  TTrademarkAction,
  TTrademarkKind,
  TTrademarkStatus,
} from '@ipbureau/domain/creation';
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

const TITLE_KIND_SET: Record<TEnterpriseTitleKind, true> = { national_demonstration: true, national_advantage: true, provincial_demonstration: true, provincial_advantage: true, municipal_cultivation: true };
/** Strongest first, as the service orders an enterprise's current titles. */
export const TITLE_KIND_OPTIONS = Object.keys(TITLE_KIND_SET) as TEnterpriseTitleKind[];
export const TITLE_KIND_COLORS: Record<TEnterpriseTitleKind, string> = {
  national_demonstration: 'red',
  national_advantage: 'volcano',
  provincial_demonstration: 'gold',
  provincial_advantage: 'orange',
  municipal_cultivation: 'blue',
};
const END_REASON_SET: Record<TTitleEndReason, true> = { revoked: true, expired: true };
export const END_REASON_OPTIONS = Object.keys(END_REASON_SET) as TTitleEndReason[];

export const CERTIFICATION_STATUS_TONES: Record<TCertificationStatus, StatusTone> = { valid: 'success', suspended: 'warning', withdrawn: 'error' };

const INDUSTRY_SET: Record<TStrategicIndustryCode, true> = { '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true };
export const INDUSTRY_OPTIONS = Object.keys(INDUSTRY_SET) as TStrategicIndustryCode[];

const AWARD_KIND_SET: Record<TPatentAwardKind, true> = { patent_award: true, sci_tech_award: true };
export const AWARD_KIND_OPTIONS = Object.keys(AWARD_KIND_SET) as TPatentAwardKind[];
const AWARD_LEVEL_SET: Record<TAwardLevel, true> = { national: true, provincial: true, municipal: true };
export const AWARD_LEVEL_OPTIONS = Object.keys(AWARD_LEVEL_SET) as TAwardLevel[];
const AWARD_GRADE_SET: Record<TAwardGrade, true> = { gold: true, silver: true, excellence: true, special: true, first: true, second: true, third: true };
export const AWARD_GRADE_OPTIONS = Object.keys(AWARD_GRADE_SET) as TAwardGrade[];

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
    titleKind: (kind: TEnterpriseTitleKind) => t(`titleKind.${kind}`),
    titleLevel: (level: TTitleLevel) => t(`titleLevel.${level}`),
    endReason: (reason: TTitleEndReason) => t(`endReason.${reason}`),
    certificationStatus: (status: TCertificationStatus) => t(`certificationStatus.${status}`),
    certificationAction: (action: TCertificationEventAction) => t(`certificationAction.${action}`),
    criterion: (code: THighValueCriterion) => t(`criterion.${code}`),
    industry: (code: TStrategicIndustryCode) => t(`industry.${code}`),
    awardKind: (kind: TPatentAwardKind) => t(`awardKind.${kind}`),
    awardLevel: (level: TAwardLevel) => t(`awardLevel.${level}`),
    awardGrade: (grade: TAwardGrade) => t(`awardGrade.${grade}`),
    /** A text the service gives in both languages, in the UI's. */
    localized: (text: { 'zh-CN': string; en: string }) => (en ? text.en : text['zh-CN']),
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
