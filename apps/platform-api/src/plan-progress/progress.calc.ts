import DecimalModule from 'decimal.js';
import { PROGRESS_TOLERANCE, type TIndicator, type TIndicatorStatus, type TIndicatorTarget } from '@ipbureau/domain/plans';

/**
 * The arithmetic of plan progress, kept pure: exact decimals (decimal.js), calendar dates as
 * 'YYYY-MM-DD' strings, no I/O.
 */

// decimal.js types its default import as the module under NodeNext while the ESM build exports
// the class (see packages/domain money): take the class whichever shape arrives.
const DecimalClass = ((DecimalModule as unknown as { default?: unknown }).default ?? DecimalModule) as typeof DecimalModule.default;
/** A private Decimal with room for every figure (money to the fen, densities) and exact rounding. */
const Decimal = DecimalClass.clone({ precision: 64, rounding: DecimalClass.ROUND_HALF_UP, toExpNeg: -64, toExpPos: 64 });
type Decimal = InstanceType<typeof Decimal>;
type DecimalValue = string | number | Decimal;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const yearEnd = (year: number) => `${year}-12-31`;
export const yearOf = (date: string) => Number(date.slice(0, 4));

/** Round half up to `decimals` places, as a plain decimal string. */
export function roundTo(value: DecimalValue, decimals: number): string {
  return new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}

/** Density: stock ÷ people × 10,000, rounded to the indicator's decimals. */
export function density(stock: string, people: number, decimals: number): string {
  return roundTo(new Decimal(stock).div(people).mul(10_000), decimals);
}

/** The target being worked toward at `asOf`: the first whose year is ≥ the year of asOf, else the last. */
export function currentTarget(targets: readonly TIndicatorTarget[], asOf: string): TIndicatorTarget | null {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year >= yearOf(asOf)) ?? sorted.at(-1) ?? null;
}

/**
 * The line the plan expects an indicator to follow: from its starting point to each target,
 * every point at a year's 12-31. Flows count from zero at the plan's start (the day before its
 * first year begins); every other semantics starts at the stated baseline, and without one
 * there is no line.
 */
export function expectedLine(indicator: Pick<TIndicator, 'semantics' | 'baseline' | 'targets'>, startYear: number): { date: string; value: Decimal }[] | null {
  const start = indicator.semantics === 'flow' ? { date: yearEnd(startYear - 1), value: new Decimal(0) } : indicator.baseline.value === null ? null : { date: yearEnd(indicator.baseline.year), value: new Decimal(indicator.baseline.value) };
  if (!start) return null;
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year).map((t) => ({ date: yearEnd(t.year), value: new Decimal(t.value) }));
  return [start, ...targets.filter((t) => t.date > start.date)];
}

/** Where the line stands at `asOf`: straight between its points, flat before the first and after the last. */
export function expectedAt(line: { date: string; value: Decimal }[], asOf: string): Decimal {
  const first = line[0]!;
  if (asOf <= first.date || line.length === 1) return first.value;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if (asOf <= b.date) {
      const t = (dayNumber(asOf) - dayNumber(a.date)) / (dayNumber(b.date) - dayNumber(a.date));
      return a.value.plus(b.value.minus(a.value).mul(t));
    }
  }
  return line.at(-1)!.value;
}

/** value ÷ target to 4 decimals, or null when the target is zero. */
export function completion(value: string, target: string): string | null {
  const t = new Decimal(target);
  return t.isZero() ? null : roundTo(new Decimal(value).div(t), 4);
}

/**
 * ahead / on_track / behind: how far the value is from the expected line, relative to the
 * change the plan asks for (line start → target); within ±PROGRESS_TOLERANCE is on track.
 * A target that asks for no change (47 agents → 47) is measured relative to the target itself.
 */
export function statusOf(value: string, expected: Decimal, lineStart: Decimal, target: string): TIndicatorStatus {
  const t = new Decimal(target);
  let scale = t.minus(lineStart).abs();
  if (scale.isZero()) scale = t.abs().isZero() ? new Decimal(1) : t.abs();
  const direction = t.gte(lineStart) ? 1 : -1;
  const deviation = new Decimal(value).minus(expected).div(scale).mul(direction);
  if (deviation.gt(PROGRESS_TOLERANCE)) return 'ahead';
  if (deviation.lt(-PROGRESS_TOLERANCE)) return 'behind';
  return 'on_track';
}
