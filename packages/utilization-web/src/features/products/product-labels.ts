import { useTranslation } from 'react-i18next';
import type {
  TAwardKind,
  TAwardLevel,
  TClaimStatus,
  TEnterpriseRef,
  TFundSource,
  TInsuranceKind,
  TIpRight,
  TLicenseKind,
  TProductMetricKey,
  TSecuritizationKind,
  TTransferKind,
} from '@ipbureau/domain/utilization';
import type { StatusTone } from '@ipbureau/ui';

// As for pledges, the screens take only types from '@ipbureau/domain/utilization': the values
// they need are spelled here against those types, so the compiler still catches a new kind.

export const AWARD_KIND_OPTIONS: readonly TAwardKind[] = ['patent_award', 'sci_tech_award'];
export const AWARD_LEVEL_OPTIONS: readonly TAwardLevel[] = ['national', 'provincial', 'municipal'];
/** Which grades fit which kind is a rule of the contract, not a screen's choice: the domain's table. */
export { AWARD_GRADES_BY_KIND as AWARD_GRADES_OF } from '@ipbureau/domain/utilization';
export const TRANSFER_KIND_OPTIONS: readonly TTransferKind[] = ['assignment', 'license'];
export const LICENSE_KIND_OPTIONS: readonly TLicenseKind[] = ['exclusive', 'sole', 'ordinary'];
export const FUND_SOURCE_OPTIONS: readonly TFundSource[] = ['national', 'provincial', 'municipal', 'district'];
export const INSURANCE_KIND_OPTIONS: readonly TInsuranceKind[] = ['patent_enforcement', 'infringement_liability', 'pledge_loan_guarantee', 'overseas'];
export const SECURITIZATION_KIND_OPTIONS: readonly TSecuritizationKind[] = ['abs', 'abn', 'trust'];
export const CLAIM_STATUS_TONES: Record<TClaimStatus, StatusTone> = { filed: 'processing', paid: 'success', refused: 'error' };

export const METRIC = {
  insuranceContracts: 'insurance.contracts_in_period',
  insuredSum: 'insurance.insured_sum_in_period',
  assignments: 'transfers.contracts_in_period.assignment',
  licenses: 'transfers.contracts_in_period.license',
  transferAmount: 'transfers.amount_in_period',
  national: 'awards.count_in_period.national',
  provincial: 'awards.count_in_period.provincial',
  municipal: 'awards.count_in_period.municipal',
  securitization: 'securitization.amount_in_period',
} as const satisfies Record<string, TProductMetricKey>;

type VocabName = 'awardKind' | 'awardLevel' | 'awardGrade' | 'transferKind' | 'licenseKind' | 'fundSource' | 'insuranceKind' | 'claimStatus' | 'claimAction' | 'securitizationKind';

/** A product vocabulary's label in the UI's language, and options for a select. */
export function useVocab() {
  const { t } = useTranslation('utilization');
  const label = (vocab: VocabName, value: string) => t(`products.vocab.${vocab}.${value}`);
  return { label, options: (vocab: VocabName, values: readonly string[]) => values.map((value) => ({ value, label: label(vocab, value) })) };
}

/**
 * Right numbers as officers type them, one a line: a patent number (ZL… or an application
 * number with its check digit after a dot) or a trademark registration number (digits). The
 * server checks each; `rights.N.number` errors point back at the field.
 */
export function parseRights(text: string | undefined): TIpRight[] {
  return (text ?? '')
    .split(/[\n,，;；]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((number) => (/^ZL|\./i.test(number) ? { kind: 'patent' as const, number } : { kind: 'trademark' as const, number }));
}

export const formatRights = (rights: readonly TIpRight[]) => rights.map((r) => r.number).join('，');

/** Enterprises one a line, as `name,credit code`. */
export function parseEnterprises(text: string | undefined): TEnterpriseRef[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', creditCode = ''] = line.split(/[,，]/).map((part) => part.trim());
      return { name, creditCode };
    });
}

/** An optional text field: empty is absent. */
export const optional = (value: string | undefined | null) => (value ? value : undefined);
