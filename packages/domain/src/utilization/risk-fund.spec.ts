import { describe, expect, it } from 'vitest';
import { ZPaymentDecision } from './payment-approvals.js';
import { ZFundRuleCreate, ZRatio } from './risk-fund.js';
import { ZInterestPeriod } from './interest-subsidies.js';

describe('fund and subsidy contracts', () => {
  it('accepts a ratio above 0 and at most 1 with up to 4 decimals, as text', () => {
    for (const ok of ['0.4', '0.0350', '1', '1.0000', '0.0001']) expect(ZRatio.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['0', '0.0000', '1.0001', '1.5', '0.40001', '-0.1', '.5', '40%']) expect(ZRatio.safeParse(bad).success, bad).toBe(false);
  });

  it('refuses a rule that ends before it starts, naming the field', () => {
    const result = ZFundRuleCreate.safeParse({ compensationRatio: '0.4', capPerLoan: '100.00', effectiveFrom: '2025-01-01', effectiveTo: '2024-12-31' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['effectiveTo']);
  });

  it('needs an opinion to reject, not to approve', () => {
    expect(ZPaymentDecision.safeParse({ decision: 'approve', version: 1, effectiveDate: '2025-01-01' }).success).toBe(true);
    expect(ZPaymentDecision.safeParse({ decision: 'reject', version: 1, effectiveDate: '2025-01-01' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['opinion']);
  });

  it('refuses interest paid before its period starts', () => {
    const result = ZInterestPeriod.safeParse({ periodFrom: '2025-01-01', periodTo: '2025-03-31', paidOn: '2024-12-31', interestPaid: '100.00' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['paidOn']);
  });
});
