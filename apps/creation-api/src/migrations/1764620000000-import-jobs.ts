import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import jobs: the uploaded file itself (so a job survives a restart and resumes after its last
 * finished batch), the progress and counts, the uploader's claims (the rows are checked against
 * their data scope in the background, and the job's one audit entry names them), and the
 * row-level error report.
 */
export class ImportJobs1764620000000 implements MigrationInterface {
  name = 'ImportJobs1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_jobs (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            varchar(12)   NOT NULL CHECK (kind IN ('patents', 'trademarks')),
        file_name       varchar(255)  NOT NULL,
        format          varchar(4)    NOT NULL CHECK (format IN ('csv', 'xlsx')),
        content         bytea         NOT NULL,
        status          varchar(12)   NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        total_rows      integer,
        processed_rows  integer       NOT NULL DEFAULT 0,
        inserted        integer       NOT NULL DEFAULT 0,
        updated         integer       NOT NULL DEFAULT 0,
        unchanged       integer       NOT NULL DEFAULT 0,
        rejected        integer       NOT NULL DEFAULT 0,
        error_count     integer       NOT NULL DEFAULT 0,
        failure         varchar(1000),
        requested_by    jsonb         NOT NULL,
        request_id      varchar(100),
        claimed_by      varchar(64),
        heartbeat_at    timestamptz,
        region_code     varchar(6)    NOT NULL,
        department_id   uuid,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        created_by      uuid          NOT NULL,
        finished_at     timestamptz,
        CHECK (processed_rows = inserted + updated + unchanged + rejected)
      )`);
    await q.query(`CREATE INDEX import_jobs_pending_idx ON import_jobs (status) WHERE status IN ('queued', 'running')`);
    await q.query(`CREATE INDEX import_jobs_region_idx ON import_jobs (region_code, created_at DESC)`);
    await q.query(`
      CREATE TABLE import_job_errors (
        job_id       uuid          NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
        row_number   integer       NOT NULL,
        column_name  varchar(100)  NOT NULL,
        message_zh   varchar(500)  NOT NULL,
        message_en   varchar(500)  NOT NULL,
        region_code  varchar(6)    NOT NULL
      )`);
    await q.query(`CREATE INDEX import_job_errors_job_idx ON import_job_errors (job_id, row_number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_job_errors, import_jobs`);
  }
}
