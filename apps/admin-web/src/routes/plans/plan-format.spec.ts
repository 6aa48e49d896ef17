import { describe, expect, it } from 'vitest';
import { formatCompletion, formatDecimal } from './plan-format';

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
