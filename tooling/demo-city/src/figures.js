// The demo city's figures: the plan's 2020 baseline (exact) and yearly series before and after
// it (plausible, growing toward the 2025 targets). Everything the seed writes is derived from here.

/** The last day the demo records anything on: the demo is the same whatever day it is run. */
export const HORIZON = '2026-09-30';
export const BASELINE_DATE = '2020-12-31';

/** The 14th plan's baseline column and the other 2016–2020 figures it reports (DOMAIN.md). */
export const PLAN_2020 = {
  validInventionPatents: 2949,
  validTrademarks: 266259,
  patentsGranted2016to2020: 66936,
  inventionGrants2016to2020: 1843,
  patentApplications2016to2020: 89715,
  inventionApplications2016to2020: 6426,
  madridMarks2016to2020: 377,
  collectiveMarks2016to2020: 38,
  patentPledges2016to2020: { count: 48, amount: 779_000_000 },
  trademarkPledges2016to2020: { count: 2, amount: 93_000_000 },
  trademarkCases2016to2020: { count: 674, finesAndConfiscations: 12_851_000 },
  patentDisputes2016to2020: { filed: 202, closed: 213 },
  counterfeitPatentCases2016to2020: 514,
  practisingAgents: 47,
  agencies: 7,
  agencyBranches: 3,
  training2016to2020: { sessions: 50, people: 4000 },
  certifiedEntities: 61,
  enterprises: { nationalDemonstration: 7, nationalAdvantage: 34, provincialDemonstration: 12, provincialAdvantage: 34, municipalCultivation: 164 },
};

const YEARS = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Invention grants per year; 2016–2020 add up to the plan's 1,843. */
export const INVENTION_GRANTS = {
  2008: 90, 2009: 120, 2010: 160, 2011: 200, 2012: 260, 2013: 330, 2014: 390, 2015: 450,
  2016: 300, 2017: 340, 2018: 375, 2019: 390, 2020: 438,
  2021: 600, 2022: 520, 2023: 500, 2024: 510, 2025: 530, 2026: 390,
};

/** Grants of every type per year; 2016–2020 add up to the plan's 66,936; 2025's all-time total passes 180,000. */
export const ALL_GRANTS = {
  2008: 2590, 2009: 3120, 2010: 3760, 2011: 4500, 2012: 5460, 2013: 6330, 2014: 6990, 2015: 8250,
  2016: 10500, 2017: 11800, 2018: 14300, 2019: 14136, 2020: 16200,
  2021: 17500, 2022: 15500, 2023: 13500, 2024: 13000, 2025: 13500, 2026: 9500,
};

/** Share of design patents among utility-model and design grants (Shantou files many designs: toys, packaging). */
export const DESIGN_SHARE = 0.55;

/** Ungranted applications filed per year after 2020 (pending, rejected or withdrawn by the horizon). */
export const UNGRANTED_FILINGS_AFTER_2020 = { invention: 700, utility_model: 300, design: 200 };

/**
 * Yearly hazard that a granted invention patent ends (annual fees not paid, or invalidated),
 * by the number of years since grant; one in 25 endings is an invalidation.
 */
function inventionHazard(age) {
  if (age <= 1) return 0.02;
  if (age <= 4) return 0.05;
  if (age <= 7) return 0.08;
  return 0.16;
}

/**
 * Invention patents by grant year and fate: `{ grantYear, n, fate, fateYear }` where fate is
 * null (in force at the horizon, unless its 20-year term ends first), 'lapse' or 'invalidate'.
 * The counts are integers chosen so that exactly `PLAN_2020.validInventionPatents` are in force
 * on 2020-12-31.
 */
export function inventionCohorts() {
  const endings = new Map(); // `${g}:${y}` → count
  for (const [gy, n] of Object.entries(INVENTION_GRANTS)) {
    const g = Number(gy);
    let remaining = n;
    for (const y of YEARS(g + 1, 2026)) {
      const ended = Math.round(remaining * inventionHazard(y - g));
      endings.set(`${g}:${y}`, ended);
      remaining -= ended;
    }
  }
  const validAt2020 = () => {
    let valid = 0;
    for (const [gy, n] of Object.entries(INVENTION_GRANTS)) {
      const g = Number(gy);
      if (g > 2020) continue;
      valid += n;
      for (const y of YEARS(g + 1, 2020)) valid -= endings.get(`${g}:${y}`) ?? 0;
    }
    return valid;
  };
  // Close the gap to the plan's figure one patent at a time over the 2020 endings of the
  // 2008–2015 cohorts (more endings when the stock is too high, fewer when too low).
  let gap = validAt2020() - PLAN_2020.validInventionPatents;
  for (let g = 2008; gap !== 0; g = g === 2015 ? 2008 : g + 1) {
    const key = `${g}:2020`;
    const current = endings.get(key) ?? 0;
    const step = gap > 0 ? 1 : -1;
    if (current + step < 0) continue;
    endings.set(key, current + step);
    gap -= step;
  }
  if (validAt2020() !== PLAN_2020.validInventionPatents) throw new Error('invention cohorts do not reproduce the plan’s 2020 stock');
  const cohorts = [];
  for (const [gy, n] of Object.entries(INVENTION_GRANTS)) {
    const g = Number(gy);
    let left = n;
    for (const y of YEARS(g + 1, 2026)) {
      const ended = endings.get(`${g}:${y}`) ?? 0;
      if (ended <= 0) continue;
      const invalidated = Math.floor(ended / 25);
      if (invalidated) cohorts.push({ type: 'invention', grantYear: g, n: invalidated, fate: 'invalidate', fateYear: y });
      cohorts.push({ type: 'invention', grantYear: g, n: ended - invalidated, fate: 'lapse', fateYear: y });
      left -= ended;
    }
    if (left < 0) throw new Error(`cohort ${g} ends more patents than it granted`);
    cohorts.push({ type: 'invention', grantYear: g, n: left, fate: null, fateYear: null });
  }
  return cohorts;
}

/** Utility-model and design grants by year (their ends are drawn per patent in SQL: no plan figure reads them). */
export function otherGrantCohorts() {
  const cohorts = [];
  for (const [gy, total] of Object.entries(ALL_GRANTS)) {
    const g = Number(gy);
    const others = total - INVENTION_GRANTS[g];
    const designs = Math.round(others * DESIGN_SHARE);
    cohorts.push({ type: 'design', grantYear: g, n: designs, fate: null, fateYear: null });
    cohorts.push({ type: 'utility_model', grantYear: g, n: others - designs, fate: null, fateYear: null });
  }
  return cohorts;
}

/** Trademark registrations per year by kind; collective and Madrid marks only from 2016 (the plan's 38 and 377). */
export const TRADEMARK_REGISTRATIONS = {
  2001: 2600, 2002: 2900, 2003: 3300, 2004: 3800, 2005: 4300, 2006: 5000, 2007: 5700, 2008: 6400, 2009: 7200, 2010: 8200,
  2011: 9000, 2012: 10500, 2013: 12000, 2014: 13500, 2015: 15500,
  2016: 21000, 2017: 27000, 2018: 40000, 2019: 49000, 2020: 52500,
  2021: 32000, 2022: 27000, 2023: 24000, 2024: 22500, 2025: 22000, 2026: 15000,
};
export const MADRID_BY_YEAR = { 2016: 52, 2017: 61, 2018: 78, 2019: 88, 2020: 98, 2021: 95, 2022: 90, 2023: 86, 2024: 92, 2025: 96, 2026: 60 };
export const COLLECTIVE_BY_YEAR = { 2016: 5, 2017: 6, 2018: 8, 2019: 9, 2020: 10, 2021: 6, 2022: 5, 2023: 4, 2024: 4, 2025: 5, 2026: 2 };
export const CERTIFICATION_BY_YEAR = { 2012: 1, 2014: 1, 2017: 2, 2019: 1, 2021: 1, 2023: 1 };

/** Share of marks renewed at the end of a term, and yearly share cancelled (non-use, surrender) while in force. */
export const TRADEMARK_RENEWAL_RATE = 0.42;
export const TRADEMARK_CANCEL_RATE = 0.006;

/**
 * Trademark cohorts `{ kind, regYear, n, renewals, cancelYear }`: `renewals` is 0, 1 or 2 (the
 * renewals recorded by the horizon, in the last year of each term), `cancelYear` the year it was
 * cancelled while in force, or null. Adjusts the 2020 ordinary cohort so that exactly
 * `PLAN_2020.validTrademarks` are valid on 2020-12-31.
 */
export function trademarkCohorts() {
  const cohorts = [];
  for (const [ry, total] of Object.entries(TRADEMARK_REGISTRATIONS)) {
    const r = Number(ry);
    const special = { madrid: MADRID_BY_YEAR[r] ?? 0, collective: COLLECTIVE_BY_YEAR[r] ?? 0, certification: CERTIFICATION_BY_YEAR[r] ?? 0 };
    const ordinary = total - special.madrid - special.collective - special.certification;
    for (const [kind, n] of [['ordinary', ordinary], ...Object.entries(special)]) {
      if (n > 0) cohorts.push(...splitTrademarkCohort(kind, r, n));
    }
  }
  const gap = PLAN_2020.validTrademarks - validTrademarksOn(cohorts, 2020);
  if (Math.abs(gap) > 2000) throw new Error(`the trademark series is ${gap} marks off the plan's 2020 stock; retune it`);
  const target = cohorts.find((c) => c.kind === 'ordinary' && c.regYear === 2020 && c.cancelYear === null && c.renewals === 0);
  target.n += gap;
  if (target.n < 0 || validTrademarksOn(cohorts, 2020) !== PLAN_2020.validTrademarks) throw new Error('trademark cohorts do not reproduce the plan’s 2020 stock');
  return cohorts;
}

/**
 * Splits one registration year's marks of one kind into fates. A mark registered in year r has its
 * first term end in year r+10 (r+9 for 1 January), is renewed before the end in year r+9 or r+10;
 * collective, certification and Madrid marks are all renewed. Cancellation happens in a year the
 * mark is in force (never in its registration year).
 */
function splitTrademarkCohort(kind, r, n) {
  const out = [];
  const renewRate = kind === 'ordinary' ? TRADEMARK_RENEWAL_RATE : 1;
  const cancelRate = kind === 'ordinary' ? TRADEMARK_CANCEL_RATE : 0;
  // The terms a mark can be in force for by the horizon: first term, renewed once, renewed twice.
  const termEnds = [r + 9, r + 19];
  let remaining = n;
  // Cancelled in each year of the first term.
  for (let y = r + 1; y <= Math.min(r + 8, 2026); y++) {
    const c = Math.round(remaining * cancelRate);
    if (c > 0) out.push({ kind, regYear: r, n: c, renewals: 0, cancelYear: y });
    remaining -= c;
  }
  if (termEnds[0] > 2026 || r + 10 > 2026) {
    out.push({ kind, regYear: r, n: remaining, renewals: 0, cancelYear: null });
    return out;
  }
  const renewed = Math.round(remaining * renewRate);
  out.push({ kind, regYear: r, n: remaining - renewed, renewals: 0, cancelYear: null });
  let renewedLeft = renewed;
  for (let y = r + 11; y <= Math.min(r + 18, 2026); y++) {
    const c = Math.round(renewedLeft * cancelRate);
    if (c > 0) out.push({ kind, regYear: r, n: c, renewals: 1, cancelYear: y });
    renewedLeft -= c;
  }
  if (r + 20 > 2026) {
    out.push({ kind, regYear: r, n: renewedLeft, renewals: 1, cancelYear: null });
    return out;
  }
  const twice = Math.round(renewedLeft * renewRate);
  out.push({ kind, regYear: r, n: renewedLeft - twice, renewals: 1, cancelYear: null });
  out.push({ kind, regYear: r, n: twice, renewals: 2, cancelYear: null });
  return out;
}

/**
 * Marks valid on 31 December of `year` by the cohorts, with the rule `trademarks.valid` computes:
 * registered (not cancelled by then) and within a term recorded by then. The first term of a mark
 * registered in r runs to a day in r+10 (r+9 for 1 January registrations), so at the end of year
 * y ≥ r+10 a mark is valid only if renewed; renewals are recorded in the year before the term ends.
 * `demoTrademarks` draws registration dates from 2 January so the first term always ends in r+10.
 */
export function validTrademarksOn(cohorts, year) {
  let valid = 0;
  for (const c of cohorts) {
    if (c.regYear > year) continue;
    if (c.cancelYear !== null && c.cancelYear <= year) continue;
    const termsNeeded = year >= c.regYear + 20 ? 2 : year >= c.regYear + 10 ? 1 : 0;
    if (c.renewals >= termsNeeded) valid += c.n;
  }
  return valid;
}
