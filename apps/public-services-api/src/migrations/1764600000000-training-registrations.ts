import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations for training events 培训报名 and their dated attendance. An event with
 * registrations counts its attended registrations; one without keeps its entered count.
 */
export class TrainingRegistrations1764600000000 implements MigrationInterface {
  name = 'TrainingRegistrations1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_registrations (
        id                uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id          uuid          NOT NULL REFERENCES training_events (id),
        person_name       varchar(100)  NOT NULL,
        organization_name varchar(200)  NOT NULL,
        credit_code       varchar(18),
        phone             varchar(20),
        attended_on       date,
        region_code       varchar(6)    NOT NULL,
        department_id     uuid,
        version           integer       NOT NULL DEFAULT 1,
        created_at        timestamptz   NOT NULL DEFAULT now(),
        created_by        uuid          NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX training_registrations_person_key ON training_registrations (event_id, person_name, organization_name)`);
    await q.query(`CREATE INDEX training_registrations_credit_code_idx ON training_registrations (credit_code) WHERE credit_code IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE training_registrations`);
  }
}
