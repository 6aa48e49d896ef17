import type { TApprovalStatus, TFundEntryKind, TPaymentKind } from '@ipbureau/domain/utilization';
import type { StatusTone } from '@ipbureau/ui';

export const APPROVAL_STATUS_TONES: Record<TApprovalStatus, StatusTone> = { pending: 'warning', approved: 'success', rejected: 'error' };
export const FUND_ENTRY_TONES: Record<TFundEntryKind, StatusTone> = { contribution: 'success', claim_payment: 'error', recovery: 'processing' };
export const PAYMENT_KIND_OPTIONS: readonly TPaymentKind[] = ['fund_claim', 'interest_subsidy', 'premium_subsidy'];

/** A ratio as a percentage for people: "0.4" → "40%", "0.035" → "3.5%" (exact: digits moved, not multiplied). */
export function percent(ratio: string): string {
  const [whole = '0', fraction = ''] = ratio.split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const integer = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(whole.length + 2).replace(/0+$/, '');
  return `${integer}${rest ? `.${rest}` : ''}%`;
}
