import { hasModuleLevel, type TLocale } from '@ipbureau/domain';
import type { TIndicator, TIndicatorProgress, TIndicatorStatus, TIndicatorTarget, TLocalizedText } from '@ipbureau/domain/plans';
import type { StatusTone } from '@ipbureau/ui';

/** Anyone with a plan role, and the system administrator, opens the plan dashboard. */
export function canSeePlans(roles: readonly string[]): boolean {
  return roles.includes('system-admin') || hasModuleLevel(roles, 'plan', 'viewer');
}

/** Plan officers (and approvers) recompute progress, keep tasks and report progress, as platform-api allows. */
export function canWorkPlans(roles: readonly string[]): boolean {
  return hasModuleLevel(roles, 'plan', 'officer');
}

/** Plan approvers and the system administrator create plans and change indicators and targets. */
export function canApprovePlans(roles: readonly string[]): boolean {
  return roles.includes('system-admin') || hasModuleLevel(roles, 'plan', 'approver');
}

/** Who gets the plan management screens: officers for tasks, approvers and the administrator for plans. */
export function canManagePlans(roles: readonly string[]): boolean {
  return canWorkPlans(roles) || canApprovePlans(roles);
}

export const STATUS_TONES: Record<TIndicatorStatus, StatusTone> = {
  ahead: 'success',
  on_track: 'processing',
  behind: 'error',
  no_baseline: 'default',
};

export const STATUS_COLOURS: Record<TIndicatorStatus, string> = {
  ahead: '#52c41a',
  on_track: '#1677ff',
  behind: '#ff4d4f',
  no_baseline: '#8c8c8c',
};

export const localized = (text: TLocalizedText, locale: TLocale) => text[locale];

/**
 * An exact decimal string with thousands separators, cut to `decimals` places when given, else
 * without trailing zeros ("800000000.00" → "800,000,000", "1.740" → "1.74"). Never through a float.
 */
export function formatDecimal(value: string, decimals?: number): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = decimals === undefined ? fraction.replace(/0+$/, '') : fraction.padEnd(decimals, '0').slice(0, decimals);
  return `${negative ? '-' : ''}${grouped}${digits ? `.${digits}` : ''}`;
}

/** A completion ratio ("0.7373") as a percentage with one decimal ("73.7%"). */
export function formatCompletion(ratio: string): string {
  return `${(Number(ratio) * 100).toFixed(1)}%`;
}

/** The target that applies in `year`: the first at or after it, else the last. */
export function targetFor(targets: readonly TIndicatorTarget[], year: number): TIndicatorTarget | null {
  return targets.find((t) => t.year >= year) ?? targets.at(-1) ?? null;
}

/** The plan's final target (the end year's), the one the table and the cards quote. */
export function finalTarget(indicator: TIndicator, endYear: number): TIndicatorTarget | null {
  return indicator.targets.find((t) => t.year === endYear) ?? indicator.targets.at(-1) ?? null;
}

export interface IndicatorLines {
  years: number[];
  actual: (number | null)[];
  target: (number | null)[];
  expected: (number | null)[];
}

/**
 * The figures a chart draws for one indicator, baseline year to plan end. A flow's yearly
 * figures are added up from the plan's first year, so they meet its period target; its expected
 * line runs from 0 before the first year, every other line from the baseline.
 */
export function indicatorLines(progress: TIndicatorProgress, startYear: number, endYear: number): IndicatorLines {
  const { indicator, series } = progress;
  const isFlow = indicator.semantics === 'flow';
  const firstYear = Math.min(indicator.baseline.year, startYear - 1);
  const years = Array.from({ length: endYear - firstYear + 1 }, (_, i) => firstYear + i);
  const byYear = new Map(series.map((p) => [p.year, p.value === null ? null : Number(p.value)]));
  let running = 0;
  const actual = years.map((year) => {
    const value = byYear.get(year);
    if (!isFlow) return value ?? null;
    if (year < startYear) return null;
    if (value === undefined || value === null) return null;
    running += value;
    return running;
  });
  const final = Number(finalTarget(indicator, endYear)?.value ?? NaN);
  const target = years.map((year) => {
    const t = targetFor(indicator.targets, year);
    return year < startYear || !t ? null : Number(t.value);
  });
  const startYearOfLine = isFlow ? startYear - 1 : indicator.baseline.year;
  const startValue = isFlow ? 0 : indicator.baseline.value === null ? null : Number(indicator.baseline.value);
  const expected = years.map((year) => {
    if (startValue === null || Number.isNaN(final) || year < startYearOfLine) return null;
    return Number((startValue + ((final - startValue) * (year - startYearOfLine)) / (endYear - startYearOfLine)).toFixed(indicator.decimals));
  });
  return { years, actual, target, expected };
}
