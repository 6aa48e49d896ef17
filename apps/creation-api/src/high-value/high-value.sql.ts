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
 * (a) One of its IPC symbols falls under a mapped prefix: the symbol starts with the prefix and
 * does not go on with a digit of the same number (`C07D 401` covers `C07D 401/04`, not `C07D 4011/00`).
 */
export const STRATEGIC_INDUSTRY_FROM = `FROM unnest(p.ipc_symbols) AS s(symbol)
  JOIN ipc_industry_mappings m
    ON left(s.symbol, length(m.ipc_prefix)) = m.ipc_prefix
   AND substr(s.symbol, length(m.ipc_prefix) + 1, 1) !~ '[0-9]'`;

/** (b) A family member granted abroad on or before $1. */
export const FAMILY_ABROAD_FROM = `FROM patent_family_members f WHERE f.patent_id = p.id AND f.grant_date <= $1::date`;

/** (c) In force on $1 (checked apart) and more than ten years since its filing date. */
export const MAINTAINED_10_YEARS = `((p.filing_date + interval '10 years')::date < $1::date)`;

/** (d) Pledged on $1: a pledge registered on or before it and not released by then. */
export const PLEDGED_FROM = `FROM pledged_rights r
  WHERE r.right_kind = 'patent' AND r.right_number = p.application_number
    AND r.registered_on <= $1::date AND (r.released_on IS NULL OR r.released_on > $1::date)`;

/** (e) A national-level award (the China Patent Award, a national S&T award) in or before $1's year. */
export const AWARD_FROM = `FROM patent_awards a WHERE a.patent_id = p.id AND a.level = 'national' AND a.year <= extract(year FROM $1::date)`;

/** Any of the five criteria holds on $1. */
export const ANY_CRITERION = `(
     EXISTS (SELECT 1 ${STRATEGIC_INDUSTRY_FROM})
  OR EXISTS (SELECT 1 ${FAMILY_ABROAD_FROM})
  OR ${MAINTAINED_10_YEARS}
  OR EXISTS (SELECT 1 ${PLEDGED_FROM})
  OR EXISTS (SELECT 1 ${AWARD_FROM}))`;

/** Valid invention patents that are high-value on $1, in the region $2 (a LIKE pattern). */
export const HIGH_VALUE_INVENTIONS = `SELECT 1 FROM patents p
  WHERE ${INVENTION_TYPES} AND p.region_code LIKE $2
    AND ${PATENT_STATUS_AS_OF} = 'granted'
    AND ${ANY_CRITERION}`;
