import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Day counts for the patent and trademark stock metrics, so "valid on D" and "granted by D" are a
 * sum over a small table instead of a walk through every record's status events and high-value
 * facts (1,000,000 patents: seconds → milliseconds).
 *
 * Each record's contribution is kept per day (`*_stock_changes`: +1 the day it becomes valid, −1
 * the day it stops; grants on their effective date), and summed per day, type/kind and district
 * (`*_daily_counts`). The stock on D is the sum of the changes dated on or before D, so it is exact
 * for any past date. The status events stay the source of truth: after any statement that writes
 * events (a transition, a back-dated correction, a bulk import), a trigger recomputes the touched
 * records' contributions from all their events and moves the day counts by the difference, in the
 * same transaction. A record moved to another district or type is recomputed too. The functions
 * keep the service's schema as their search path, so a write from any client (psql, a bulk load)
 * keeps the counts.
 */
export class StockDayCounts1764650000000 implements MigrationInterface {
  name = 'StockDayCounts1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE patent_stock_changes (
        patent_id     uuid        NOT NULL,
        day           date        NOT NULL,
        patent_type   varchar(20) NOT NULL,
        region_code   varchar(6)  NOT NULL,
        valid_change  smallint    NOT NULL,
        high_value_change smallint NOT NULL,
        granted       smallint    NOT NULL,
        PRIMARY KEY (patent_id, day)
      )`);
    await q.query(`
      CREATE TABLE patent_daily_counts (
        patent_type   varchar(20) NOT NULL,
        day           date        NOT NULL,
        region_code   varchar(6)  NOT NULL,
        valid_change  integer     NOT NULL,
        high_value_change integer NOT NULL,
        granted       integer     NOT NULL,
        PRIMARY KEY (patent_type, day, region_code)
      )`);
    await q.query(`
      CREATE TABLE trademark_stock_changes (
        trademark_id  uuid        NOT NULL,
        day           date        NOT NULL,
        kind          varchar(16) NOT NULL,
        region_code   varchar(6)  NOT NULL,
        valid_change  smallint    NOT NULL,
        PRIMARY KEY (trademark_id, day)
      )`);
    await q.query(`
      CREATE TABLE trademark_daily_counts (
        kind          varchar(16) NOT NULL,
        day           date        NOT NULL,
        region_code   varchar(6)  NOT NULL,
        valid_change  integer     NOT NULL,
        PRIMARY KEY (kind, day, region_code)
      )`);

    // Year totals of the day counts, kept by a trigger on them: a stock on D is the years before
    // D's year plus the days of its year up to D, a few thousand rows whatever the history's length.
    await q.query(`
      CREATE TABLE patent_yearly_counts (
        patent_type   varchar(20) NOT NULL,
        year          date        NOT NULL,
        region_code   varchar(6)  NOT NULL,
        valid_change  integer     NOT NULL,
        high_value_change integer NOT NULL,
        granted       integer     NOT NULL,
        PRIMARY KEY (patent_type, year, region_code)
      )`);
    await q.query(`
      CREATE TABLE trademark_yearly_counts (
        kind          varchar(16) NOT NULL,
        year          date        NOT NULL,
        region_code   varchar(6)  NOT NULL,
        valid_change  integer     NOT NULL,
        PRIMARY KEY (kind, year, region_code)
      )`);
    await q.query(`CREATE INDEX patent_daily_counts_day_idx ON patent_daily_counts (day)`);
    await q.query(`CREATE INDEX trademark_daily_counts_day_idx ON trademark_daily_counts (day)`);
    await q.query(`
      CREATE FUNCTION patent_daily_counts_roll_up() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        INSERT INTO patent_yearly_counts AS y (patent_type, year, region_code, valid_change, high_value_change, granted)
        VALUES (NEW.patent_type, date_trunc('year', NEW.day)::date, NEW.region_code,
                NEW.valid_change - CASE WHEN TG_OP = 'UPDATE' THEN OLD.valid_change ELSE 0 END,
                NEW.high_value_change - CASE WHEN TG_OP = 'UPDATE' THEN OLD.high_value_change ELSE 0 END,
                NEW.granted - CASE WHEN TG_OP = 'UPDATE' THEN OLD.granted ELSE 0 END)
        ON CONFLICT (patent_type, year, region_code) DO UPDATE
          SET valid_change = y.valid_change + excluded.valid_change, high_value_change = y.high_value_change + excluded.high_value_change, granted = y.granted + excluded.granted;
        RETURN NULL;
      END
      $fn$`);
    await q.query(`CREATE TRIGGER patent_daily_counts_roll_up AFTER INSERT OR UPDATE ON patent_daily_counts FOR EACH ROW EXECUTE FUNCTION patent_daily_counts_roll_up()`);
    await q.query(`
      CREATE FUNCTION trademark_daily_counts_roll_up() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        INSERT INTO trademark_yearly_counts AS y (kind, year, region_code, valid_change)
        VALUES (NEW.kind, date_trunc('year', NEW.day)::date, NEW.region_code, NEW.valid_change - CASE WHEN TG_OP = 'UPDATE' THEN OLD.valid_change ELSE 0 END)
        ON CONFLICT (kind, year, region_code) DO UPDATE SET valid_change = y.valid_change + excluded.valid_change;
        RETURN NULL;
      END
      $fn$`);
    await q.query(`CREATE TRIGGER trademark_daily_counts_roll_up AFTER INSERT OR UPDATE ON trademark_daily_counts FOR EACH ROW EXECUTE FUNCTION trademark_daily_counts_roll_up()`);

    // A patent is valid on D when its last event on or before D (by date, then seq) left it granted.
    // A valid invention is high-value on D when its IPC falls under a mapped prefix (the mapping as
    // it is now, as the per-patent evaluation reads it), or D is past ten years from filing, on or
    // after its first family grant abroad or 1 January of its first national award's year, or
    // inside a pledge. Those facts change only on a few days per patent (the candidate days), so
    // the figures are evaluated there and their differences kept.
    await q.query(`
      CREATE FUNCTION refresh_patent_stock(ids uuid[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        WITH old AS (
          DELETE FROM patent_stock_changes WHERE patent_id IN (SELECT unnest(ids)) RETURNING *
        )
        INSERT INTO patent_daily_counts AS c (patent_type, day, region_code, valid_change, high_value_change, granted)
        SELECT patent_type, day, region_code, -sum(valid_change), -sum(high_value_change), -sum(granted) FROM old GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (patent_type, day, region_code) DO UPDATE
          SET valid_change = c.valid_change + excluded.valid_change, high_value_change = c.high_value_change + excluded.high_value_change, granted = c.granted + excluded.granted;

        WITH last_of_day AS (
          SELECT DISTINCT ON (e.patent_id, e.effective_date) e.patent_id, e.effective_date AS day, (e.to_status = 'granted')::int AS valid
            FROM patent_status_events e WHERE e.patent_id IN (SELECT unnest(ids))
           ORDER BY e.patent_id, e.effective_date, e.seq DESC
        ), grants AS (
          SELECT e.patent_id, e.effective_date AS day, count(*)::int AS granted
            FROM patent_status_events e WHERE e.action = 'grant' AND e.patent_id IN (SELECT unnest(ids)) GROUP BY 1, 2
        ), facts AS (
          SELECT p.id AS patent_id, p.patent_type IN ('invention', 'pct_invention') AS invention,
                 EXISTS (SELECT 1 FROM unnest(p.ipc_symbols) AS s(symbol)
                          WHERE ARRAY[left(s.symbol, 1), left(s.symbol, 3), left(s.symbol, 4), split_part(s.symbol, '/', 1), s.symbol::text]
                                && (SELECT coalesce(array_agg(m.ipc_prefix::text), '{}') FROM ipc_industry_mappings m)) AS strategic,
                 least((p.filing_date + interval '10 years')::date + 1,
                       (SELECT min(f.grant_date) FROM patent_family_members f WHERE f.patent_id = p.id),
                       (SELECT make_date(min(a.year)::int, 1, 1) FROM patent_awards a WHERE a.patent_id = p.id AND a.level = 'national')) AS high_from
            FROM patents p WHERE p.id IN (SELECT unnest(ids))
        ), pledges AS (
          SELECT p.id AS patent_id, r.registered_on AS start, r.released_on AS stop
            FROM pledged_rights r JOIN patents p ON p.application_number = r.right_number
           WHERE p.id IN (SELECT unnest(ids)) AND r.right_kind = 'patent' AND r.registered_on IS NOT NULL
             AND (r.released_on IS NULL OR r.released_on > r.registered_on)
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
          SELECT c.patent_id, c.day, p.patent_type, p.region_code, c.valid_change, c.high_value_change, c.granted
            FROM changes c JOIN patents p ON p.id = c.patent_id
           WHERE c.valid_change <> 0 OR c.high_value_change <> 0 OR c.granted <> 0
          RETURNING *
        )
        INSERT INTO patent_daily_counts AS c (patent_type, day, region_code, valid_change, high_value_change, granted)
        SELECT patent_type, day, region_code, sum(valid_change), sum(high_value_change), sum(granted) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (patent_type, day, region_code) DO UPDATE
          SET valid_change = c.valid_change + excluded.valid_change, high_value_change = c.high_value_change + excluded.high_value_change, granted = c.granted + excluded.granted;
      END
      $fn$`);

    // A trademark is valid on D when its last event on or before D left it registered and the
    // latest term end set by the events effective by D is on or after D.
    await q.query(`
      CREATE FUNCTION refresh_trademark_stock(ids uuid[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        WITH old AS (
          DELETE FROM trademark_stock_changes WHERE trademark_id IN (SELECT unnest(ids)) RETURNING *
        )
        INSERT INTO trademark_daily_counts AS c (kind, day, region_code, valid_change)
        SELECT kind, day, region_code, -sum(valid_change) FROM old GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (kind, day, region_code) DO UPDATE SET valid_change = c.valid_change + excluded.valid_change;

        WITH per_day AS (
          SELECT DISTINCT ON (e.trademark_id, e.effective_date) e.trademark_id, e.effective_date AS day, e.to_status,
                 max(e.expiry_date) OVER (PARTITION BY e.trademark_id, e.effective_date) AS day_expiry
            FROM trademark_status_events e WHERE e.trademark_id IN (SELECT unnest(ids))
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
        ), added AS (
          INSERT INTO trademark_stock_changes (trademark_id, day, kind, region_code, valid_change)
          SELECT c.trademark_id, c.day, t.kind, t.region_code, c.valid_change FROM changes c JOIN trademarks t ON t.id = c.trademark_id
          RETURNING *
        )
        INSERT INTO trademark_daily_counts AS c (kind, day, region_code, valid_change)
        SELECT kind, day, region_code, sum(valid_change) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (kind, day, region_code) DO UPDATE SET valid_change = c.valid_change + excluded.valid_change;
      END
      $fn$`);

    // After every statement writing events (one transition or a whole import): the records it touched.
    for (const [table, key, refresh] of [
      ['patent_status_events', 'patent_id', 'refresh_patent_stock'],
      ['trademark_status_events', 'trademark_id', 'refresh_trademark_stock'],
    ] as const) {
      await q.query(`
        CREATE FUNCTION ${table}_refresh_stock() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM ${refresh}(ARRAY(SELECT DISTINCT ${key} FROM new_rows));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM ${refresh}(ARRAY(SELECT DISTINCT ${key} FROM old_rows));
          ELSE
            PERFORM ${refresh}(ARRAY(SELECT ${key} FROM old_rows UNION SELECT ${key} FROM new_rows));
          END IF;
          RETURN NULL;
        END
        $fn$`);
      await q.query(`CREATE TRIGGER ${table}_stock_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_stock()`);
      await q.query(`CREATE TRIGGER ${table}_stock_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_stock()`);
      await q.query(`CREATE TRIGGER ${table}_stock_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_stock()`);
    }
    // The high-value facts: family members and awards name the patent; pledges its number; an
    // edit of the IPC mapping touches the patents with a symbol under an added or removed prefix.
    const factTriggers: [string, string][] = [
      ['patent_family_members', `SELECT patent_id FROM changed`],
      ['patent_awards', `SELECT patent_id FROM changed`],
      ['pledged_rights', `SELECT p.id FROM patents p WHERE p.application_number IN (SELECT right_number FROM changed WHERE right_kind = 'patent')`],
      [
        'ipc_industry_mappings',
        `SELECT p.id FROM patents p WHERE EXISTS (SELECT 1 FROM unnest(p.ipc_symbols) AS s(symbol)
           WHERE ARRAY[left(s.symbol, 1), left(s.symbol, 3), left(s.symbol, 4), split_part(s.symbol, '/', 1), s.symbol::text]
                 && (SELECT array_agg(ipc_prefix::text) FROM changed))`,
      ],
    ];
    for (const [table, patents] of factTriggers) {
      await q.query(`
        CREATE FUNCTION ${table}_refresh_stock() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM refresh_patent_stock(ARRAY(WITH changed AS (SELECT * FROM new_rows) ${patents}));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM refresh_patent_stock(ARRAY(WITH changed AS (SELECT * FROM old_rows) ${patents}));
          ELSE
            PERFORM refresh_patent_stock(ARRAY(WITH changed AS (SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) ${patents}));
          END IF;
          RETURN NULL;
        END
        $fn$`);
      await q.query(`CREATE TRIGGER ${table}_stock_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_stock()`);
      await q.query(`CREATE TRIGGER ${table}_stock_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_stock()`);
      await q.query(`CREATE TRIGGER ${table}_stock_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_stock()`);
    }
    // A record moved to another district, type or kind counts there from then on (as the direct count did).
    await q.query(`
      CREATE FUNCTION patents_refresh_stock() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN PERFORM refresh_patent_stock(ARRAY[NEW.id]); RETURN NULL; END
      $fn$`);
    await q.query(`
      CREATE TRIGGER patents_stock_update AFTER UPDATE OF patent_type, region_code, filing_date, ipc_symbols, application_number ON patents FOR EACH ROW
        WHEN (OLD.patent_type IS DISTINCT FROM NEW.patent_type OR OLD.region_code IS DISTINCT FROM NEW.region_code OR OLD.filing_date IS DISTINCT FROM NEW.filing_date
              OR OLD.ipc_symbols IS DISTINCT FROM NEW.ipc_symbols OR OLD.application_number IS DISTINCT FROM NEW.application_number)
        EXECUTE FUNCTION patents_refresh_stock()`);
    await q.query(`
      CREATE FUNCTION trademarks_refresh_stock() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN PERFORM refresh_trademark_stock(ARRAY[NEW.id]); RETURN NULL; END
      $fn$`);
    await q.query(`
      CREATE TRIGGER trademarks_stock_update AFTER UPDATE OF kind, region_code ON trademarks FOR EACH ROW
        WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.region_code IS DISTINCT FROM NEW.region_code)
        EXECUTE FUNCTION trademarks_refresh_stock()`);

    // Backfill from the events recorded so far.
    await q.query(`SELECT refresh_patent_stock(ARRAY(SELECT id FROM patents))`);
    await q.query(`SELECT refresh_trademark_stock(ARRAY(SELECT id FROM trademarks))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER trademarks_stock_update ON trademarks`);
    await q.query(`DROP TRIGGER patents_stock_update ON patents`);
    for (const table of ['ipc_industry_mappings', 'pledged_rights', 'patent_awards', 'patent_family_members', 'patent_status_events', 'trademark_status_events']) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER ${table}_stock_${op} ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_refresh_stock()`);
    }
    await q.query(`DROP FUNCTION trademarks_refresh_stock()`);
    await q.query(`DROP FUNCTION patents_refresh_stock()`);
    await q.query(`DROP FUNCTION refresh_trademark_stock(uuid[])`);
    await q.query(`DROP TRIGGER trademark_daily_counts_roll_up ON trademark_daily_counts`);
    await q.query(`DROP TRIGGER patent_daily_counts_roll_up ON patent_daily_counts`);
    await q.query(`DROP FUNCTION trademark_daily_counts_roll_up()`);
    await q.query(`DROP FUNCTION patent_daily_counts_roll_up()`);
    await q.query(`DROP FUNCTION refresh_patent_stock(uuid[])`);
    await q.query(`DROP TABLE trademark_yearly_counts, trademark_daily_counts, trademark_stock_changes, patent_yearly_counts, patent_daily_counts, patent_stock_changes`);
  }
}
