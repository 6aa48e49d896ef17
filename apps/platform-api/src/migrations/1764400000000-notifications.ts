import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Alerts the pillars raise, and each user's copy of the ones that concern them. */
export class Notifications1764400000000 implements MigrationInterface {
  name = 'Notifications1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_key     text NOT NULL UNIQUE,
        kind          text NOT NULL,
        severity      text NOT NULL CHECK (severity IN ('info', 'warning', 'danger')),
        title_zh      text NOT NULL,
        title_en      text NOT NULL,
        body_zh       text,
        body_en       text,
        link          text,
        due_date      date,
        module        text NOT NULL,
        source        text NOT NULL,
        event_id      uuid NOT NULL,
        region_code   varchar(6) NOT NULL,
        raised_at     timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE notification_recipients (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        region_code     varchar(6) NOT NULL,
        read_at         timestamptz,
        dismissed_at    timestamptz,
        PRIMARY KEY (notification_id, user_id)
      );
      CREATE INDEX notification_recipients_inbox_idx ON notification_recipients (user_id) WHERE dismissed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_recipients; DROP TABLE notifications;`);
  }
}
