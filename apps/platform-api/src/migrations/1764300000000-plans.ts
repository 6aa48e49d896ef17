import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The plan layer: plans, indicators with targets, key tasks with reports, population, the progress cache. */
export class Plans1764300000000 implements MigrationInterface {
  name = 'Plans1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plans (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_zh     text NOT NULL,
        name_en     text NOT NULL,
        region_code varchar(6) NOT NULL,
        start_year  integer NOT NULL,
        end_year    integer NOT NULL,
        status      text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
        version     integer NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (end_year >= start_year),
        UNIQUE (region_code, start_year, end_year)
      );
      CREATE TABLE plan_indicators (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id           uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        code              text NOT NULL,
        name_zh           text NOT NULL,
        name_en           text NOT NULL,
        pillar            text NOT NULL CHECK (pillar IN ('creation', 'utilization', 'protection', 'public-services')),
        metric_key        text NOT NULL,
        semantics         text NOT NULL CHECK (semantics IN ('stock', 'cumulative', 'flow', 'density')),
        population_basis  text CHECK (population_basis IN ('resident', 'registered')),
        unit_zh           text NOT NULL,
        unit_en           text NOT NULL,
        decimals          integer NOT NULL CHECK (decimals BETWEEN 0 AND 6),
        baseline_year     integer NOT NULL,
        baseline_value    numeric,
        baseline_note     text,
        -- [{ "year": 2025, "value": "4000" }] sorted by year; values are decimal strings.
        targets           jsonb NOT NULL,
        source_department text NOT NULL,
        sort_order        integer NOT NULL DEFAULT 0,
        region_code       varchar(6) NOT NULL,
        version           integer NOT NULL DEFAULT 1,
        CHECK ((semantics = 'density') = (population_basis IS NOT NULL)),
        UNIQUE (plan_id, code)
      );
      CREATE TABLE plan_tasks (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id                 uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        chapter                 text NOT NULL,
        item                    text NOT NULL,
        title                   text NOT NULL,
        responsible_department  text NOT NULL,
        cooperating_departments text[] NOT NULL DEFAULT '{}',
        -- [{ "title": …, "dueDate": "2023-12-31", "doneOn": null }]
        milestones              jsonb NOT NULL DEFAULT '[]',
        sort_order              integer NOT NULL DEFAULT 0,
        region_code             varchar(6) NOT NULL,
        version                 integer NOT NULL DEFAULT 1,
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX plan_tasks_plan ON plan_tasks (plan_id, sort_order);
      CREATE TABLE plan_task_reports (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id     uuid NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
        plan_id     uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        period      text NOT NULL,
        text        text NOT NULL,
        status      text NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk', 'delayed', 'done')),
        attachments jsonb NOT NULL DEFAULT '[]',
        reported_by uuid NOT NULL,
        reported_at timestamptz NOT NULL DEFAULT now(),
        region_code varchar(6) NOT NULL
      );
      CREATE INDEX plan_task_reports_task ON plan_task_reports (task_id, period DESC, reported_at DESC);
      CREATE TABLE population (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year        integer NOT NULL,
        region_code varchar(6) NOT NULL,
        basis       text NOT NULL CHECK (basis IN ('resident', 'registered')),
        people      integer NOT NULL CHECK (people > 0),
        source      text NOT NULL,
        version     integer NOT NULL DEFAULT 1,
        UNIQUE (year, region_code, basis)
      );
      -- Progress as computed from the pillars, per plan, date and district ('' = whole region).
      CREATE TABLE plan_progress_cache (
        plan_id        uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        as_of          date NOT NULL,
        district       varchar(6) NOT NULL DEFAULT '',
        payload        jsonb NOT NULL,
        computed_at    timestamptz NOT NULL,
        invalidated_at timestamptz,
        region_code    varchar(6) NOT NULL,
        PRIMARY KEY (plan_id, as_of, district)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_progress_cache, population, plan_task_reports, plan_tasks, plan_indicators, plans`);
  }
}
