import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The year totals of the stock day counts are rolled up once per statement instead of once per
 * day-count row: a batch of imported patents touches thousands of (type, day, district) rows, and
 * each ran the row trigger's upsert into the year totals (a large part of an import's time). The
 * statement trigger adds, per (type, year, district), the sum of the inserted rows, or of the
 * updated rows' new values less their old ones, which is what the row trigger added one row at a
 * time; the totals stay exact.
 */
export class DailyCountsStatementRollUp1764710000000 implements MigrationInterface {
  name = 'DailyCountsStatementRollUp1764710000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      await q.query(`DROP TRIGGER ${t.daily}_roll_up ON ${t.daily}`);
      const delta = (sign: string, rows: string) =>
        `SELECT ${t.key}, date_trunc('year', day)::date AS year, region_code, ${t.sums.map((c) => `${sign}${c} AS ${c}`).join(', ')} FROM ${rows}`;
      await q.query(`
        CREATE FUNCTION ${t.daily}_roll_up_statement() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO ${t.yearly} AS y (${t.key}, year, region_code, ${t.sums.join(', ')})
            SELECT ${t.key}, year, region_code, ${t.sums.map((c) => `sum(${c})`).join(', ')} FROM (${delta('', 'new_rows')}) x
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (${t.key}, year, region_code) DO UPDATE SET ${t.sums.map((c) => `${c} = y.${c} + excluded.${c}`).join(', ')};
          ELSE
            INSERT INTO ${t.yearly} AS y (${t.key}, year, region_code, ${t.sums.join(', ')})
            SELECT ${t.key}, year, region_code, ${t.sums.map((c) => `sum(${c})`).join(', ')} FROM (${delta('', 'new_rows')} UNION ALL ${delta('-', 'old_rows')}) x
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (${t.key}, year, region_code) DO UPDATE SET ${t.sums.map((c) => `${c} = y.${c} + excluded.${c}`).join(', ')};
          END IF;
          RETURN NULL;
        END
        $fn$`);
      await q.query(`CREATE TRIGGER ${t.daily}_roll_up_insert AFTER INSERT ON ${t.daily} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${t.daily}_roll_up_statement()`);
      await q.query(
        `CREATE TRIGGER ${t.daily}_roll_up_update AFTER UPDATE ON ${t.daily} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${t.daily}_roll_up_statement()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      await q.query(`DROP TRIGGER ${t.daily}_roll_up_update ON ${t.daily}`);
      await q.query(`DROP TRIGGER ${t.daily}_roll_up_insert ON ${t.daily}`);
      await q.query(`DROP FUNCTION ${t.daily}_roll_up_statement()`);
      await q.query(`CREATE TRIGGER ${t.daily}_roll_up AFTER INSERT OR UPDATE ON ${t.daily} FOR EACH ROW EXECUTE FUNCTION ${t.daily}_roll_up()`);
    }
  }
}

const TABLES = [
  { daily: 'patent_daily_counts', yearly: 'patent_yearly_counts', key: 'patent_type', sums: ['valid_change', 'high_value_change', 'granted'] },
  { daily: 'trademark_daily_counts', yearly: 'trademark_yearly_counts', key: 'kind', sums: ['valid_change'] },
] as const;
