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
    await q.query(`
      CREATE FUNCTION policy_grams(src text, with_singles boolean) RETURNS text
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
      DECLARE
        grams   text := '';
        singles text := '';
        part    text[];
        run     text;
        i       integer;
      BEGIN
        FOR part IN SELECT regexp_matches(src, '([\\u3400-\\u9fff\\uf900-\\ufaff]+)|([^\\u3400-\\u9fff\\uf900-\\ufaff]+)', 'g') LOOP
          IF part[1] IS NOT NULL THEN
            run := part[1];
            IF char_length(run) = 1 THEN
              grams := grams || ' ' || run;
            ELSE
              FOR i IN 1 .. char_length(run) - 1 LOOP
                grams := grams || ' ' || substr(run, i, 2);
              END LOOP;
            END IF;
            IF with_singles THEN
              FOR i IN 1 .. char_length(run) LOOP
                singles := singles || ' ' || substr(run, i, 1);
              END LOOP;
            END IF;
          ELSE
            -- CJK and general punctuation and full-width forms separate words.
            grams := grams || ' ' || regexp_replace(part[2], '[\\u2000-\\u206f\\u3000-\\u303f\\uff00-\\uffef]', ' ', 'g');
          END IF;
        END LOOP;
        RETURN grams || ' ' || singles;
      END $fn$`);

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
