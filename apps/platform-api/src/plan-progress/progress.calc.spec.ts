import { describe, expect, it } from 'vitest';
import type { TIndicator } from '@ipbureau/domain/plans';
import { completion, currentTarget, density, expectedAt, expectedLine, roundTo, statusOf } from './progress.calc.js';

const indicator = (over: Partial<Pick<TIndicator, 'semantics' | 'baseline' | 'targets'>> = {}) => ({
  semantics: 'stock' as const,
  baseline: { year: 2020, value: '2949', note: null },
  targets: [{ year: 2025, value: '4000' }],
  ...over,
});

describe('plan progress arithmetic', () => {
  it('rounds half up exactly, without binary floating point', () => {
    expect(roundTo('2.675', 2)).toBe('2.68');
    expect(roundTo('1000000.505', 2)).toBe('1000000.51');
    expect(roundTo('3474.5', 0)).toBe('3475');
    expect(density('2949', 5_660_000, 2)).toBe('5.21');
    expect(density('2949', 5_502_031, 2)).toBe('5.36');
  });

  it('interpolates the expected line by days, flat before the baseline and after the last target', () => {
    const line = expectedLine(indicator(), 2021)!;
    expect(expectedAt(line, '2020-06-30').toString()).toBe('2949');
    expect(expectedAt(line, '2023-07-02').toString()).toBe('3474.5');
    expect(expectedAt(line, '2025-12-31').toString()).toBe('4000');
    expect(expectedAt(line, '2027-01-01').toString()).toBe('4000');
  });

  it('follows intermediate targets piece by piece', () => {
    const line = expectedLine(indicator({ targets: [{ year: 2025, value: '4000' }, { year: 2022, value: '3000' }] }), 2021)!;
    expect(line.map((p) => [p.date, p.value.toString()])).toEqual([
      ['2020-12-31', '2949'],
      ['2022-12-31', '3000'],
      ['2025-12-31', '4000'],
    ]);
    expect(currentTarget([{ year: 2022, value: '3000' }, { year: 2025, value: '4000' }], '2022-12-31')).toEqual({ year: 2022, value: '3000' });
    expect(currentTarget([{ year: 2022, value: '3000' }, { year: 2025, value: '4000' }], '2023-01-01')).toEqual({ year: 2025, value: '4000' });
    expect(currentTarget([{ year: 2025, value: '4000' }], '2026-03-01')).toEqual({ year: 2025, value: '4000' });
  });

  it('starts a flow at zero on the day before the plan, whatever its baseline; no baseline means no line', () => {
    expect(expectedLine(indicator({ semantics: 'flow', baseline: { year: 2020, value: '872000000', note: null } }), 2021)![0]).toMatchObject({ date: '2020-12-31' });
    expect(expectedLine(indicator({ semantics: 'flow' }), 2021)![0]!.value.toString()).toBe('0');
    expect(expectedLine(indicator({ baseline: { year: 2020, value: null, note: null } }), 2021)).toBeNull();
  });

  it('judges ahead, on track and behind within 5% of the planned change, also when no change is planned', () => {
    const line = expectedLine(indicator(), 2021)!;
    const expected = expectedAt(line, '2023-07-02');
    expect(statusOf('3474', expected, line[0]!.value, '4000')).toBe('on_track');
    expect(statusOf('3600', expected, line[0]!.value, '4000')).toBe('ahead');
    expect(statusOf('3400', expected, line[0]!.value, '4000')).toBe('behind');
    const flat = expectedLine(indicator({ baseline: { year: 2020, value: '47', note: null }, targets: [{ year: 2025, value: '47' }] }), 2021)!;
    expect(statusOf('46', expectedAt(flat, '2023-01-01'), flat[0]!.value, '47')).toBe('on_track');
    expect(statusOf('40', expectedAt(flat, '2023-01-01'), flat[0]!.value, '47')).toBe('behind');
    // A falling target: less is better.
    const falling = expectedLine(indicator({ baseline: { year: 2020, value: '100', note: null }, targets: [{ year: 2025, value: '50' }] }), 2021)!;
    expect(statusOf('60', expectedAt(falling, '2025-12-31'), falling[0]!.value, '50')).toBe('behind');
    expect(statusOf('40', expectedAt(falling, '2025-12-31'), falling[0]!.value, '50')).toBe('ahead');
  });

  it('gives completion to four decimals, none against a zero target', () => {
    expect(completion('3000', '4000')).toBe('0.7500');
    expect(completion('1', '3')).toBe('0.3333');
    expect(completion('5', '0')).toBeNull();
  });
});
