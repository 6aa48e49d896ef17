import type { EntityManager } from 'typeorm';
import { parsePatentApplicationNumber, type TAccessClaims } from '@ipbureau/domain';
import { trademarkTermEnd, type TPatentCreate, type TTrademarkCreate } from '@ipbureau/domain/creation';
import { inScope } from '@ipbureau/nest-kit';
import type { RowProblem, ValidRow } from './imports.rows.js';

export interface BatchCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

interface Existing {
  key: string;
  region_code: string;
  department_id: string | null;
  fixed_date: string;
}

/** Who writes: the uploader's claims, kept on the job. */
export interface Writer {
  principal: TAccessClaims;
}

/**
 * The rows of one batch already on record that the uploader may not change: outside their data
 * scope (a record they cannot see is reported as such, not silently skipped), or carrying a
 * different fixed date (a filing or registration date is never changed by an import; a
 * difference is a mistake in the file or on record, for an officer to look at).
 */
function refuseExisting<T>(rows: ValidRow<T>[], existing: Existing[], writer: Writer, fixedDateOf: (input: T) => string, dateColumn: string, dateZh: string): { keep: ValidRow<T>[]; problems: RowProblem[] } {
  const byKey = new Map(existing.map((e) => [e.key, e]));
  const keep: ValidRow<T>[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const found = byKey.get(row.key);
    if (found && !inScope(writer.principal, { regionCode: found.region_code, departmentId: found.department_id })) {
      problems.push({ row: row.row, column: '', zh: `${row.key} 已由您数据范围以外的部门登记`, en: `${row.key} is on record outside your data scope` });
    } else if (found && found.fixed_date !== fixedDateOf(row.input)) {
      problems.push({ row: row.row, column: dateColumn, zh: `与已登记的${dateZh} ${found.fixed_date} 不一致，导入不修改${dateZh}`, en: `Differs from the date on record, ${found.fixed_date}; an import does not change it` });
    } else {
      keep.push(row);
    }
  }
  return { keep, problems };
}

/**
 * Inserts new patents (with their filing event) and updates changed ones, in one statement for
 * the batch: `ON CONFLICT (application_number) DO UPDATE … WHERE … IS DISTINCT FROM …` touches
 * only rows whose imported fields differ, so a second import of the same file updates nothing
 * and bumps no version. `xmax = 0` tells an inserted row from an updated one.
 */
export async function upsertPatents(em: EntityManager, rows: ValidRow<TPatentCreate>[], writer: Writer, dateColumn: string): Promise<BatchCounts & { problems: RowProblem[] }> {
  const existing = (await em.query(
    `SELECT application_number AS key, region_code, department_id, filing_date::text AS fixed_date FROM patents WHERE application_number = ANY($1::text[])`,
    [rows.map((r) => r.key)],
  )) as Existing[];
  const { keep, problems } = refuseExisting(rows, existing, writer, (p) => p.filingDate, dateColumn, '申请日');
  if (keep.length === 0) return { inserted: 0, updated: 0, unchanged: 0, problems };
  const records = keep.map(({ input }) => ({
    application_number: input.applicationNumber,
    patent_type: parsePatentApplicationNumber(input.applicationNumber)!.type,
    title: input.title,
    applicant_name: input.applicantName,
    applicant_credit_code: input.applicantCreditCode,
    region_code: input.district,
    filing_date: input.filingDate,
    ipc_symbols: input.ipcSymbols,
    agency_credit_code: input.agencyCreditCode,
    agent_licence_number: input.agentLicenceNumber,
  }));
  const [counts] = (await em.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(application_number text, patent_type text, title text, applicant_name text, applicant_credit_code text,
         region_code text, filing_date date, ipc_symbols text[], agency_credit_code text, agent_licence_number text)
     ), upserted AS (
       INSERT INTO patents AS p (application_number, patent_type, title, applicant_name, applicant_credit_code, region_code, filing_date, status, ipc_symbols,
                                 agency_credit_code, agent_licence_number, version, department_id, created_by)
       SELECT application_number, patent_type, title, applicant_name, applicant_credit_code, region_code, filing_date, 'pending', ipc_symbols,
              agency_credit_code, agent_licence_number, 1, $2::uuid, $3::uuid
       FROM input
       ON CONFLICT (application_number) DO UPDATE SET
         title = EXCLUDED.title, applicant_name = EXCLUDED.applicant_name, applicant_credit_code = EXCLUDED.applicant_credit_code,
         region_code = EXCLUDED.region_code, ipc_symbols = EXCLUDED.ipc_symbols, agency_credit_code = EXCLUDED.agency_credit_code,
         agent_licence_number = EXCLUDED.agent_licence_number, version = p.version + 1
       WHERE (p.title, p.applicant_name, p.applicant_credit_code, p.region_code, p.ipc_symbols, p.agency_credit_code, p.agent_licence_number)
             IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.applicant_name, EXCLUDED.applicant_credit_code, EXCLUDED.region_code, EXCLUDED.ipc_symbols,
                               EXCLUDED.agency_credit_code, EXCLUDED.agent_licence_number)
       RETURNING p.id, p.filing_date, p.region_code, (xmax = 0) AS inserted
     ), filed AS (
       INSERT INTO patent_status_events (patent_id, seq, action, from_status, to_status, effective_date, note, region_code, created_by)
       SELECT id, 1, 'file', NULL, 'pending', filing_date, NULL, region_code, $3::uuid FROM upserted WHERE inserted
     ), moved AS (
       -- A patent whose district changed takes its history and facts along (as an update by hand does).
       UPDATE patent_status_events e SET region_code = u.region_code FROM upserted u WHERE NOT u.inserted AND e.patent_id = u.id AND e.region_code <> u.region_code
     ), moved_members AS (
       UPDATE patent_family_members m SET region_code = u.region_code FROM upserted u WHERE NOT u.inserted AND m.patent_id = u.id AND m.region_code <> u.region_code
     ), moved_awards AS (
       UPDATE patent_awards a SET region_code = u.region_code FROM upserted u WHERE NOT u.inserted AND a.patent_id = u.id AND a.region_code <> u.region_code
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM upserted`,
    [JSON.stringify(records), writer.principal.dept, writer.principal.sub],
  )) as { inserted: number; updated: number }[];
  const inserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  return { inserted, updated, unchanged: keep.length - inserted - updated, problems };
}

/** The same for trademarks, by registration number; a new mark gets its registration event and its ten-year term. */
export async function upsertTrademarks(em: EntityManager, rows: ValidRow<TTrademarkCreate>[], writer: Writer, dateColumn: string): Promise<BatchCounts & { problems: RowProblem[] }> {
  const existing = (await em.query(
    `SELECT registration_number AS key, region_code, department_id, registration_date::text AS fixed_date FROM trademarks WHERE registration_number = ANY($1::text[])`,
    [rows.map((r) => r.key)],
  )) as Existing[];
  const { keep, problems } = refuseExisting(rows, existing, writer, (t) => t.registrationDate, dateColumn, '注册日');
  if (keep.length === 0) return { inserted: 0, updated: 0, unchanged: 0, problems };
  const records = keep.map(({ input }) => ({
    registration_number: input.registrationNumber,
    nice_classes: input.niceClasses,
    holder_name: input.holderName,
    holder_credit_code: input.holderCreditCode,
    region_code: input.district,
    kind: input.kind,
    registration_date: input.registrationDate,
    expiry_date: trademarkTermEnd(input.registrationDate),
    well_known: input.wellKnown,
  }));
  const [counts] = (await em.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(registration_number text, nice_classes smallint[], holder_name text, holder_credit_code text,
         region_code text, kind text, registration_date date, expiry_date date, well_known boolean)
     ), upserted AS (
       INSERT INTO trademarks AS t (registration_number, nice_classes, holder_name, holder_credit_code, region_code, kind, registration_date, expiry_date,
                                    status, well_known, version, department_id, created_by)
       SELECT registration_number, nice_classes, holder_name, holder_credit_code, region_code, kind, registration_date, expiry_date,
              'registered', well_known, 1, $2::uuid, $3::uuid
       FROM input
       ON CONFLICT (registration_number) DO UPDATE SET
         nice_classes = EXCLUDED.nice_classes, holder_name = EXCLUDED.holder_name, holder_credit_code = EXCLUDED.holder_credit_code,
         region_code = EXCLUDED.region_code, kind = EXCLUDED.kind, well_known = EXCLUDED.well_known, version = t.version + 1
       WHERE (t.nice_classes, t.holder_name, t.holder_credit_code, t.region_code, t.kind, t.well_known)
             IS DISTINCT FROM (EXCLUDED.nice_classes, EXCLUDED.holder_name, EXCLUDED.holder_credit_code, EXCLUDED.region_code, EXCLUDED.kind, EXCLUDED.well_known)
       RETURNING t.id, t.registration_date, t.expiry_date, t.region_code, (xmax = 0) AS inserted
     ), registered AS (
       INSERT INTO trademark_status_events (trademark_id, seq, action, from_status, to_status, effective_date, expiry_date, note, region_code, created_by)
       SELECT id, 1, 'register', NULL, 'registered', registration_date, expiry_date, NULL, region_code, $3::uuid FROM upserted WHERE inserted
     ), moved AS (
       UPDATE trademark_status_events e SET region_code = u.region_code FROM upserted u WHERE NOT u.inserted AND e.trademark_id = u.id AND e.region_code <> u.region_code
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM upserted`,
    [JSON.stringify(records), writer.principal.dept, writer.principal.sub],
  )) as { inserted: number; updated: number }[];
  const inserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  return { inserted, updated, unchanged: keep.length - inserted - updated, problems };
}
