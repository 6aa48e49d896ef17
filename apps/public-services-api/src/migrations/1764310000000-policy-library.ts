import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The policy and guide library with full-text search in Chinese.
 *
 * PostgreSQL has no Chinese parser here and the service role may not create extensions (zhparser,
 * pg_bigm, pg_trgm need CREATE on the database). So text is indexed as character n-grams with the
 * built-in 'simple' configuration: `policy_grams` rewrites every run of CJK characters as its
 * overlapping bigrams (质押融资 → 质押 押融 融资) followed by its single characters, and leaves
 * other text to the parser (English words, numbers, lowercased). A query goes through the same
 * function and every gram must occur (AND), so 质押融资 finds a text containing it but not one with
 * 质押 … 融资 apart (no 押融). The vector is a stored generated column (title weight A, body
 * weight B) with a GIN index; title hits rank first.
 */
export class PolicyLibrary1764310000000 implements MigrationInterface {
  name = 'PolicyLibrary1764310000000';

  async up(q: QueryRunner): Promise<void> {
    // Set-based, not a loop appending to a string: linear in the text's length (a 100,000-character
    // body is indexed in well under a second).
    await q.query(`
      CREATE FUNCTION policy_grams(src text, with_singles boolean) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
        WITH parts AS (
          SELECT m.part[1] AS cjk, m.part[2] AS other, m.n
            FROM regexp_matches(src, '([\\u3400-\\u9fff\\uf900-\\ufaff]+)|([^\\u3400-\\u9fff\\uf900-\\ufaff]+)', 'g') WITH ORDINALITY AS m(part, n)
        ),
        pieces AS (
          -- Other text as it is, CJK and general punctuation and full-width forms made spaces.
          SELECT n, 0 AS k, regexp_replace(other, '[\\u2000-\\u206f\\u3000-\\u303f\\uff00-\\uffef]', ' ', 'g') AS piece FROM parts WHERE other IS NOT NULL
          UNION ALL
          -- A lone CJK character is its own gram.
          SELECT n, 0, cjk FROM parts WHERE char_length(cjk) = 1
          UNION ALL
          -- A longer run: its overlapping bigrams, in order.
          SELECT p.n, i, substr(p.cjk, i, 2) FROM parts p, generate_series(1, char_length(p.cjk) - 1) AS i WHERE p.cjk IS NOT NULL
          UNION ALL
          -- Then every single character, after all the rest, so one-character queries find them.
          SELECT 1000000000 + p.n, i, substr(p.cjk, i, 1) FROM parts p, generate_series(1, char_length(p.cjk)) AS i WHERE with_singles AND p.cjk IS NOT NULL
        )
        SELECT coalesce(string_agg(piece, ' ' ORDER BY n, k), '') FROM pieces
      $fn$`);

    await q.query(`
      CREATE TABLE policy_documents (
        id              uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            varchar(16)  NOT NULL CHECK (kind IN ('policy', 'guide', 'notice')),
        title           varchar(300) NOT NULL,
        issuer          varchar(200) NOT NULL,
        document_number varchar(100),
        effective_date  date         NOT NULL,
        expiry_date     date,
        body            text         NOT NULL DEFAULT '',
        attachments     jsonb        NOT NULL DEFAULT '[]',
        search_vector   tsvector     GENERATED ALWAYS AS (
                          setweight(to_tsvector('simple', policy_grams(title, true)), 'A')
                          || setweight(to_tsvector('simple', policy_grams(body, true)), 'B')) STORED,
        region_code     varchar(6)   NOT NULL,
        department_id   uuid,
        version         integer      NOT NULL DEFAULT 1,
        created_at      timestamptz  NOT NULL DEFAULT now(),
        created_by      uuid         NOT NULL,
        CONSTRAINT policy_documents_dates_check CHECK (expiry_date IS NULL OR expiry_date >= effective_date)
      )`);
    await q.query(`CREATE INDEX policy_documents_search_idx ON policy_documents USING gin (search_vector)`);
    await q.query(`CREATE INDEX policy_documents_effective_idx ON policy_documents (region_code, effective_date DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy_documents`);
    await q.query(`DROP FUNCTION policy_grams(text, boolean)`);
  }
}
