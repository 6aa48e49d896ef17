/**
 * The high-value invention patent rule in SQL, one fragment per criterion, written against a
 * patent aliased `p` and the as-of date `$1`. The metric and the per-patent evaluation use the
 * same fragments, so the count and the reasons shown on a patent cannot disagree.
 */

/** A patent's legal status on $1: that of its last event effective on or before it. */
export const PATENT_STATUS_AS_OF = `(SELECT e.to_status FROM patent_status_events e
   WHERE e.patent_id = p.id AND e.effective_date <= $1::date
   ORDER BY e.effective_date DESC, e.seq DESC LIMIT 1)`;

/** The rule applies to invention patents, PCT inventions included. */
export const INVENTION_TYPES = `p.patent_type IN ('invention', 'pct_invention')`;

/**
 * (a) One of its IPC symbols falls under a mapped prefix. Prefixes are canonical section, class,
 * subclass, main group or full symbol (`H`, `H01`, `H01M`, `H01M 10`, `H01M 10/052`), so a symbol
 * falls under a prefix exactly when the prefix is one of those five cuts of the symbol: `C07D 401`
 * covers `C07D 401/04`, not `C07D 4011/00` (the rule `ipcPrefixMatches` states in the domain).
 */
const PREFIX_CUTS = (symbol: string) => `ARRAY[left(${symbol}, 1), left(${symbol}, 3), left(${symbol}, 4), split_part(${symbol}, '/', 1), ${symbol}::text]`;
export const STRATEGIC_INDUSTRY_FROM = `FROM unnest(p.ipc_symbols) AS s(symbol)
  JOIN ipc_industry_mappings m ON m.ipc_prefix = ANY (${PREFIX_CUTS('s.symbol')})`;
/** The same test for the count: the mapped prefixes are read once (an InitPlan), each symbol's cuts compared with them. */
const STRATEGIC_INDUSTRY_HOLDS = `EXISTS (SELECT 1 FROM unnest(p.ipc_symbols) AS s(symbol)
  WHERE ${PREFIX_CUTS('s.symbol')} && (SELECT coalesce(array_agg(m.ipc_prefix::text), '{}') FROM ipc_industry_mappings m))`;

/** (b) A family member granted abroad on or before $1. */
const FAMILY_ABROAD_HOLDS = `f.grant_date <= $1::date`;
export const FAMILY_ABROAD_FROM = `FROM patent_family_members f WHERE f.patent_id = p.id AND ${FAMILY_ABROAD_HOLDS}`;

/** (c) In force on $1 (checked apart) and more than ten years since its filing date. */
export const MAINTAINED_10_YEARS = `((p.filing_date + interval '10 years')::date < $1::date)`;

/** (d) Pledged on $1: a pledge registered on or before it and not released by then. */
const PLEDGED_HOLDS = `r.right_kind = 'patent' AND r.registered_on <= $1::date AND (r.released_on IS NULL OR r.released_on > $1::date)`;
export const PLEDGED_FROM = `FROM pledged_rights r WHERE r.right_number = p.application_number AND ${PLEDGED_HOLDS}`;

/** (e) A national-level award (the China Patent Award, a national S&T award) in or before $1's year. */
const AWARD_HOLDS = `a.level = 'national' AND a.year <= extract(year FROM $1::date)`;
export const AWARD_FROM = `FROM patent_awards a WHERE a.patent_id = p.id AND ${AWARD_HOLDS}`;

/**
 * Any of the five criteria holds on $1. The cheap test comes first; the facts kept in small
 * tables (family members, pledges, awards) are read once each as hashed sets rather than probed
 * per patent, so the stock over thousands of patents costs little more than the valid stock.
 */
export const ANY_CRITERION = `(
     ${MAINTAINED_10_YEARS}
  OR p.id IN (SELECT f.patent_id FROM patent_family_members f WHERE ${FAMILY_ABROAD_HOLDS})
  OR p.application_number IN (SELECT r.right_number FROM pledged_rights r WHERE ${PLEDGED_HOLDS})
  OR p.id IN (SELECT a.patent_id FROM patent_awards a WHERE ${AWARD_HOLDS})
  OR ${STRATEGIC_INDUSTRY_HOLDS})`;

/** Valid invention patents that are high-value on $1, in the region $2 (a LIKE pattern). */
export const HIGH_VALUE_INVENTIONS = `SELECT 1 FROM patents p
  WHERE ${INVENTION_TYPES} AND p.region_code LIKE $2
    AND ${PATENT_STATUS_AS_OF} = 'granted'
    AND ${ANY_CRITERION}`;
