import { describe, expect, it } from 'vitest';
import { canApprovePlans, canManagePlans, canSeePlans, canWorkPlans, formatCompletion, formatDecimal } from './plan-format';

describe('plan figures', () => {
  it('group thousands and keep exact decimals without a float', () => {
    expect(formatDecimal('180000')).toBe('180,000');
    expect(formatDecimal('800000000.00')).toBe('800,000,000');
    expect(formatDecimal('1.740')).toBe('1.74');
    expect(formatDecimal('5.2', 2)).toBe('5.20');
    expect(formatDecimal('12345678901234567.89', 2)).toBe('12,345,678,901,234,567.89');
    expect(formatDecimal('-1234.5')).toBe('-1,234.5');
  });

  it('show a completion ratio as a percentage', () => {
    expect(formatCompletion('0.7373')).toBe('73.7%');
    expect(formatCompletion('1.05')).toBe('105.0%');
  });
});

describe('plan access, as platform-api grants it', () => {
  it('lets leaders (viewers) read only, officers work tasks and progress, approvers and the administrator define plans', () => {
    expect([canSeePlans(['plan:viewer']), canManagePlans(['plan:viewer'])]).toEqual([true, false]);
    expect([canWorkPlans(['plan:officer']), canApprovePlans(['plan:officer'])]).toEqual([true, false]);
    expect([canWorkPlans(['plan:approver']), canApprovePlans(['plan:approver'])]).toEqual([true, true]);
    // The administrator creates plans but does not report task progress or recompute.
    expect([canSeePlans(['system-admin']), canWorkPlans(['system-admin']), canApprovePlans(['system-admin']), canManagePlans(['system-admin'])]).toEqual([true, false, true, true]);
    expect(canSeePlans(['creation:approver'])).toBe(false);
  });
});
