import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764100000000 implements MigrationInterface {
  name = 'Identity1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE departments (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id   uuid REFERENCES departments (id),
        name        text NOT NULL,
        code        text NOT NULL,
        region_code varchar(6) NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_code, code)
      );
      CREATE TABLE users (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username             text NOT NULL UNIQUE,
        display_name         text NOT NULL,
        password_hash        text NOT NULL,
        roles                text[] NOT NULL DEFAULT '{}',
        region_code          varchar(6) NOT NULL,
        department_id        uuid REFERENCES departments (id),
        data_scope           jsonb NOT NULL DEFAULT '{"kind":"region"}',
        disabled             boolean NOT NULL DEFAULT false,
        must_change_password boolean NOT NULL DEFAULT false,
        failed_attempts      integer NOT NULL DEFAULT 0,
        locked_until         timestamptz,
        last_login_at        timestamptz,
        password_changed_at  timestamptz NOT NULL DEFAULT now(),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      );
      -- A session is one sign-in: the family of refresh tokens rotated from it.
      CREATE TABLE sessions (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        region_code    varchar(6) NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        last_seen_at   timestamptz NOT NULL DEFAULT now(),
        idle_expires_at timestamptz NOT NULL,
        max_expires_at timestamptz NOT NULL,
        revoked_at     timestamptz,
        revoked_reason text,
        client_address text,
        user_agent     text
      );
      CREATE INDEX sessions_active_idx ON sessions (user_id) WHERE revoked_at IS NULL;
      CREATE TABLE refresh_tokens (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        token_hash  text NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now(),
        used_at     timestamptz
      );
      CREATE TABLE login_log (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username       text NOT NULL,
        user_id        uuid,
        success        boolean NOT NULL,
        reason         text,
        client_address text,
        user_agent     text,
        region_code    varchar(6) NOT NULL,
        at             timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_log_at_idx ON login_log (at DESC);
      CREATE TABLE signing_keys (
        kid           text PRIMARY KEY,
        algorithm     text NOT NULL,
        public_jwk    jsonb NOT NULL,
        private_pkcs8 text NOT NULL,
        region_code   varchar(6) NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        retired_at    timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signing_keys, login_log, refresh_tokens, sessions, users, departments`);
  }
}
