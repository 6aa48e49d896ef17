import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of a case's documents 案卷文书. An entry is never deleted: a wrong one is voided
 * once, with who voided it, when and why, and stays in the register. A trigger refuses DELETE and
 * any UPDATE but the one that voids a live entry.
 */
export class CaseDocuments1765000000000 implements MigrationInterface {
  name = 'CaseDocuments1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_documents (
        id               uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id          uuid          NOT NULL REFERENCES cases (id),
        kind             varchar(32)   NOT NULL CHECK (kind IN ('registration_approval', 'inquiry_record', 'inspection_record', 'evidence',
                           'penalty_notice', 'penalty_decision', 'service_receipt', 'closing_approval', 'other')),
        document_number  varchar(64),
        title            varchar(200)  NOT NULL,
        dated            date          NOT NULL,
        recorded_by_id   uuid          NOT NULL,
        recorded_by_name varchar(100)  NOT NULL,
        recorded_at      timestamptz   NOT NULL DEFAULT now(),
        voided_at        timestamptz,
        voided_by_id     uuid,
        voided_by_name   varchar(100),
        void_reason      text,
        region_code      varchar(6)    NOT NULL,
        CHECK ((voided_at IS NULL) = (voided_by_id IS NULL) AND (voided_at IS NULL) = (voided_by_name IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX case_documents_case_idx ON case_documents (case_id, dated)`);
    await q.query(`
      CREATE FUNCTION case_documents_void_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'case_documents entries are never deleted; void them';
        END IF;
        IF OLD.voided_at IS NOT NULL
           OR (OLD.id, OLD.case_id, OLD.kind, OLD.document_number, OLD.title, OLD.dated, OLD.recorded_by_id, OLD.recorded_by_name, OLD.recorded_at, OLD.region_code)
              IS DISTINCT FROM (NEW.id, NEW.case_id, NEW.kind, NEW.document_number, NEW.title, NEW.dated, NEW.recorded_by_id, NEW.recorded_by_name, NEW.recorded_at, NEW.region_code) THEN
          RAISE EXCEPTION 'a case_documents entry is only ever voided, once';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER case_documents_void_only BEFORE UPDATE OR DELETE ON case_documents FOR EACH ROW EXECUTE FUNCTION case_documents_void_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_documents`);
    await q.query(`DROP FUNCTION case_documents_void_only()`);
  }
}
