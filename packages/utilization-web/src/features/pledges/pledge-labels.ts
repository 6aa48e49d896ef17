import { useTranslation } from 'react-i18next';
import { districtsOf, divisionByCode, hasModuleLevel, type TModuleLevel } from '@ipbureau/domain';
import type { TPledgeAction, TPledgeEventAction, TPledgeMetricKey, TPledgeRightKind, TPledgeStatus } from '@ipbureau/domain/utilization';
import { useMe } from '@ipbureau/api-client';
import type { StatusTone } from '@ipbureau/ui';

// The screens take only types from '@ipbureau/domain/utilization': the values they need are
// spelled here against those types, so the compiler still catches a new status, and the bundle
// needs no resolution of the domain's sub-path exports.

export const PLEDGE_STATUS_TONES: Record<TPledgeStatus, StatusTone> = {
  applied: 'default',
  registered: 'processing',
  disbursed: 'processing',
  extended: 'warning',
  repaid: 'success',
  defaulted: 'error',
  released: 'success',
  withdrawn: 'default',
};
export const PLEDGE_STATUS_OPTIONS = Object.keys(PLEDGE_STATUS_TONES) as TPledgeStatus[];
export const PLEDGE_RIGHT_KIND_OPTIONS: readonly TPledgeRightKind[] = ['patent', 'trademark', 'gi'];

export const AMOUNT_IN_PERIOD: TPledgeMetricKey = 'pledges.amount_in_period';
export const OUTSTANDING: TPledgeMetricKey = 'pledges.outstanding';

/** Labels of the pledge vocabularies and districts in the UI's language. */
export function usePledgeLabels() {
  const { t, i18n } = useTranslation('utilization');
  const en = i18n.language === 'en';
  return {
    status: (status: TPledgeStatus) => t(`status.${status}`),
    action: (action: TPledgeEventAction) => t(`action.${action}`),
    rightKind: (kind: TPledgeRightKind) => t(`rightKind.${kind}`),
    district: (code: string) => {
      const division = divisionByCode(code);
      return division ? (en ? division.nameEn : division.nameZh) : code;
    },
  };
}

/** The districts of the signed-in user's region, for pickers and filters. */
export function useRegionDistricts() {
  const me = useMe();
  const labels = usePledgeLabels();
  const region = me.data?.regionCode;
  return region ? districtsOf(region).map((d) => ({ value: d.code, label: labels.district(d.code) })) : [];
}

/** Who may take each step: the `level` column of the domain's PLEDGE_TRANSITIONS, which the server enforces. */
const STEP_LEVEL: Record<TPledgeAction, TModuleLevel> = {
  register: 'officer',
  withdraw: 'officer',
  disburse: 'officer',
  repay: 'officer',
  extend: 'officer',
  default: 'officer',
  release: 'approver',
};

/** Whether the signed-in user's roles allow a step (the button is drawn disabled otherwise). */
export function useMayTakeStep() {
  const roles = useMe().data?.roles ?? [];
  return (action: TPledgeAction) => hasModuleLevel(roles, 'utilization', STEP_LEVEL[action]);
}

/** Whether the signed-in user may enter and correct pledges (an officer of the module, or above). */
export function useMayEnter() {
  return hasModuleLevel(useMe().data?.roles ?? [], 'utilization', 'officer');
}
