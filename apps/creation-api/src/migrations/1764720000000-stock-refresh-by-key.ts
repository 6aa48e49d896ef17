import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stock refresh reads only the records it was given, by key, whatever the size of the tables.
 *
 * The first version joined the touched ids as a set (`IN (SELECT unnest(ids))`) and the planner,
 * guessing a couple of hundred ids against tables it had last measured before a bulk load, read
 * every status event, every grant and every patent to find a batch's 5,000: each import batch cost
 * more as the registry grew (at 1,000,000 patents most of a batch's time went on those scans).
 * Now every table is reached through `key = ANY(ids)` on its index, the patents' type and district
 * come from the one lookup that reads the patents, and the functions run with sequential scans off
 * (a key lookup is never the wrong plan for a few thousand keys, and a stale estimate can no longer
 * make it a full read). The figures computed are the same; the former functions are kept under a
 * `_by_join` name for `down`.
 */
export class StockRefreshByKey1764720000000 implements MigrationInterface {
  name = 'StockRefreshByKey1764720000000';

  async up(q: QueryRunner): Promise<void> {
    for (const f of ['refresh_patent_stock', 'refresh_trademark_stock']) await q.query(`ALTER FUNCTION ${f}(uuid[]) RENAME TO ${f}_by_join`);
    await q.query(`
      CREATE FUNCTION refresh_patent_stock(ids uuid[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT SET enable_seqscan = off AS $fn$
      BEGIN
        WITH old AS (
          DELETE FROM patent_stock_changes WHERE patent_id = ANY (ids) RETURNING *
        )
        INSERT INTO patent_daily_counts AS c (patent_type, day, region_code, valid_change, high_value_change, granted)
        SELECT patent_type, day, region_code, -sum(valid_change), -sum(high_value_change), -sum(granted) FROM old GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (patent_type, day, region_code) DO UPDATE
          SET valid_change = c.valid_change + excluded.valid_change, high_value_change = c.high_value_change + excluded.high_value_change, granted = c.granted + excluded.granted;

        WITH events AS MATERIALIZED (
          SELECT e.patent_id, e.effective_date, e.seq, e.action, e.to_status FROM patent_status_events e WHERE e.patent_id = ANY (ids)
        ), last_of_day AS (
          SELECT DISTINCT ON (patent_id, effective_date) patent_id, effective_date AS day, (to_status = 'granted')::int AS valid
            FROM events ORDER BY patent_id, effective_date, seq DESC
        ), grants AS (
          SELECT patent_id, effective_date AS day, count(*)::int AS granted FROM events WHERE action = 'grant' GROUP BY 1, 2
        ), facts AS MATERIALIZED (
          SELECT p.id AS patent_id, p.application_number, p.patent_type, p.region_code, p.patent_type IN ('invention', 'pct_invention') AS invention,
                 EXISTS (SELECT 1 FROM unnest(p.ipc_symbols) AS s(symbol)
                          WHERE ARRAY[left(s.symbol, 1), left(s.symbol, 3), left(s.symbol, 4), split_part(s.symbol, '/', 1), s.symbol::text]
                                && (SELECT coalesce(array_agg(m.ipc_prefix::text), '{}') FROM ipc_industry_mappings m)) AS strategic,
                 least((p.filing_date + interval '10 years')::date + 1,
                       (SELECT min(f.grant_date) FROM patent_family_members f WHERE f.patent_id = p.id),
                       (SELECT make_date(min(a.year)::int, 1, 1) FROM patent_awards a WHERE a.patent_id = p.id AND a.level = 'national')) AS high_from
            FROM patents p WHERE p.id = ANY (ids)
        ), pledges AS (
          SELECT f.patent_id, r.registered_on AS start, r.released_on AS stop
            FROM facts f JOIN pledged_rights r ON r.right_kind = 'patent' AND r.right_number = f.application_number
           WHERE r.registered_on IS NOT NULL AND (r.released_on IS NULL OR r.released_on > r.registered_on)
        ), pledge_marks AS (
          SELECT patent_id, day, sum(n)::int AS n
            FROM (SELECT patent_id, start AS day, 1 AS n FROM pledges UNION ALL SELECT patent_id, stop, -1 FROM pledges WHERE stop IS NOT NULL) x
           GROUP BY 1, 2
        ), candidates AS (
          SELECT patent_id, day FROM last_of_day
          UNION SELECT patent_id, high_from FROM facts WHERE high_from IS NOT NULL
          UNION SELECT patent_id, day FROM pledge_marks
        ), marked AS (
          SELECT c.patent_id, c.day, l.valid, count(l.valid) OVER w AS run, sum(coalesce(pm.n, 0)) OVER w AS pledges_open
            FROM candidates c
            LEFT JOIN last_of_day l ON l.patent_id = c.patent_id AND l.day = c.day
            LEFT JOIN pledge_marks pm ON pm.patent_id = c.patent_id AND pm.day = c.day
          WINDOW w AS (PARTITION BY c.patent_id ORDER BY c.day)
        ), evaluated AS (
          SELECT m.patent_id, m.day, m.valid,
                 (f.invention AND m.valid = 1 AND (f.strategic OR coalesce(m.day >= f.high_from, false) OR m.pledges_open > 0))::int AS high_value
            FROM (SELECT patent_id, day, coalesce(max(valid) OVER (PARTITION BY patent_id, run), 0) AS valid, pledges_open FROM marked) m
            JOIN facts f ON f.patent_id = m.patent_id
        ), changes AS (
          SELECT e.patent_id, e.day,
                 e.valid - coalesce(lag(e.valid) OVER w, 0) AS valid_change,
                 e.high_value - coalesce(lag(e.high_value) OVER w, 0) AS high_value_change,
                 coalesce(g.granted, 0) AS granted
            FROM evaluated e LEFT JOIN grants g ON g.patent_id = e.patent_id AND g.day = e.day
          WINDOW w AS (PARTITION BY e.patent_id ORDER BY e.day)
        ), added AS (
          INSERT INTO patent_stock_changes (patent_id, day, patent_type, region_code, valid_change, high_value_change, granted)
          SELECT c.patent_id, c.day, f.patent_type, f.region_code, c.valid_change, c.high_value_change, c.granted
            FROM changes c JOIN facts f ON f.patent_id = c.patent_id
           WHERE c.valid_change <> 0 OR c.high_value_change <> 0 OR c.granted <> 0
          RETURNING *
        )
        INSERT INTO patent_daily_counts AS c (patent_type, day, region_code, valid_change, high_value_change, granted)
        SELECT patent_type, day, region_code, sum(valid_change), sum(high_value_change), sum(granted) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (patent_type, day, region_code) DO UPDATE
          SET valid_change = c.valid_change + excluded.valid_change, high_value_change = c.high_value_change + excluded.high_value_change, granted = c.granted + excluded.granted;
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION refresh_trademark_stock(ids uuid[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT SET enable_seqscan = off AS $fn$
      BEGIN
        WITH old AS (
          DELETE FROM trademark_stock_changes WHERE trademark_id = ANY (ids) RETURNING *
        )
        INSERT INTO trademark_daily_counts AS c (kind, day, region_code, valid_change)
        SELECT kind, day, region_code, -sum(valid_change) FROM old GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (kind, day, region_code) DO UPDATE SET valid_change = c.valid_change + excluded.valid_change;

        WITH per_day AS (
          SELECT DISTINCT ON (e.trademark_id, e.effective_date) e.trademark_id, e.effective_date AS day, e.to_status,
                 max(e.expiry_date) OVER (PARTITION BY e.trademark_id, e.effective_date) AS day_expiry
            FROM trademark_status_events e WHERE e.trademark_id = ANY (ids)
           ORDER BY e.trademark_id, e.effective_date, e.seq DESC
        ), terms AS (
          SELECT trademark_id, day, to_status,
                 max(day_expiry) OVER (PARTITION BY trademark_id ORDER BY day) AS expiry,
                 lead(day) OVER (PARTITION BY trademark_id ORDER BY day) AS next_day
            FROM per_day
        ), spans AS (
          SELECT trademark_id, day AS valid_from, CASE WHEN next_day IS NULL THEN expiry + 1 ELSE least(next_day, expiry + 1) END AS valid_to
            FROM terms WHERE to_status = 'registered' AND expiry >= day
        ), changes AS (
          SELECT trademark_id, day, sum(n)::int AS valid_change
            FROM (SELECT trademark_id, valid_from AS day, 1 AS n FROM spans UNION ALL SELECT trademark_id, valid_to, -1 FROM spans) x
           GROUP BY 1, 2 HAVING sum(n) <> 0
        ), marks AS MATERIALIZED (
          SELECT id, kind, region_code FROM trademarks WHERE id = ANY (ids)
        ), added AS (
          INSERT INTO trademark_stock_changes (trademark_id, day, kind, region_code, valid_change)
          SELECT c.trademark_id, c.day, t.kind, t.region_code, c.valid_change FROM changes c JOIN marks t ON t.id = c.trademark_id
          RETURNING *
        )
        INSERT INTO trademark_daily_counts AS c (kind, day, region_code, valid_change)
        SELECT kind, day, region_code, sum(valid_change) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (kind, day, region_code) DO UPDATE SET valid_change = c.valid_change + excluded.valid_change;
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of ['refresh_patent_stock', 'refresh_trademark_stock']) {
      await q.query(`DROP FUNCTION ${f}(uuid[])`);
      await q.query(`ALTER FUNCTION ${f}_by_join(uuid[]) RENAME TO ${f}`);
    }
  }
}
