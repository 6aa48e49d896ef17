import type { EntityManager } from 'typeorm';
import { parsePatentApplicationNumber, type TAccessClaims } from '@ipbureau/domain';
import { PATENT_STATUS_LABELS, PATENT_TRANSITIONS, trademarkTermEnd, type TPatentAction, type TPatentCreate, type TPatentStatus, type TTrademarkCreate } from '@ipbureau/domain/creation';
import { inScope } from '@ipbureau/nest-kit';
import type { LegalStatus, RowProblem, ValidRow } from './imports.rows.js';

export interface BatchCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** A legal-status change an import recorded, for what follows it (a clawback opens on a lapse or an invalidation). */
export interface ImportedTransition {
  patentId: string;
  action: TPatentAction;
  effectiveDate: string;
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
 * Inserts new patents and updates changed ones, in one statement for the batch: `ON CONFLICT
 * (application_number) DO UPDATE … WHERE … IS DISTINCT FROM …` touches only rows whose imported
 * fields differ, so a second import of the same file updates nothing and bumps no version;
 * `xmax = 0` tells an inserted row from an updated one. Then the legal statuses the file states
 * move the patents, and every status event of the batch (each new patent's filing, each stated
 * status) is appended in one more statement, so the stock day counts are refreshed once.
 */
export async function upsertPatents(
  em: EntityManager,
  rows: ValidRow<TPatentCreate>[],
  writer: Writer,
  dateColumn: string,
  legalColumns: { status: string; date: string } = { status: '法律状态', date: '法律状态日期' },
): Promise<BatchCounts & { problems: RowProblem[]; transitions: ImportedTransition[] }> {
  // Locked: the status on record decides the events the file's legal statuses add.
  const existing = (await em.query(
    `SELECT p.id, p.application_number AS key, p.region_code, p.department_id, p.filing_date::text AS fixed_date, p.status, e.effective_date::text AS last_date
     FROM patents p
     LEFT JOIN LATERAL (SELECT effective_date FROM patent_status_events WHERE patent_id = p.id ORDER BY seq DESC LIMIT 1) e ON true
     WHERE p.application_number = ANY($1::text[]) FOR UPDATE OF p`,
    [rows.map((r) => r.key)],
  )) as (Existing & { id: string; status: TPatentStatus; last_date: string })[];
  const refused = refuseExisting(rows, existing, writer, (p) => p.filingDate, dateColumn, '申请日');
  const { keep, problems: statusProblems, moves } = planLegalStatuses(refused.keep, existing, legalColumns);
  const problems = [...refused.problems, ...statusProblems];
  if (keep.length === 0) return { inserted: 0, updated: 0, unchanged: 0, problems, transitions: [] };
  const newMoves = new Map(moves.filter((m) => m.isNew).map((m) => [m.key, m]));
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
    // A new patent stated as granted (and so on) is written in its stated status at once; its events follow below.
    status: newMoves.get(input.applicationNumber)?.to ?? 'pending',
    grant_date: newMoves.get(input.applicationNumber)?.action === 'grant' ? newMoves.get(input.applicationNumber)!.date : null,
  }));
  const written = (await em.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(application_number text, patent_type text, title text, applicant_name text, applicant_credit_code text,
         region_code text, filing_date date, ipc_symbols text[], agency_credit_code text, agent_licence_number text, status text, grant_date date)
     ), upserted AS (
       INSERT INTO patents AS p (application_number, patent_type, title, applicant_name, applicant_credit_code, region_code, filing_date, status, grant_date, ipc_symbols,
                                 agency_credit_code, agent_licence_number, version, department_id, created_by)
       SELECT application_number, patent_type, title, applicant_name, applicant_credit_code, region_code, filing_date, status, grant_date, ipc_symbols,
              agency_credit_code, agent_licence_number, 1, $2::uuid, $3::uuid
       FROM input
       ON CONFLICT (application_number) DO UPDATE SET
         title = EXCLUDED.title, applicant_name = EXCLUDED.applicant_name, applicant_credit_code = EXCLUDED.applicant_credit_code,
         region_code = EXCLUDED.region_code, ipc_symbols = EXCLUDED.ipc_symbols, agency_credit_code = EXCLUDED.agency_credit_code,
         agent_licence_number = EXCLUDED.agent_licence_number, version = p.version + 1
       WHERE (p.title, p.applicant_name, p.applicant_credit_code, p.region_code, p.ipc_symbols, p.agency_credit_code, p.agent_licence_number)
             IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.applicant_name, EXCLUDED.applicant_credit_code, EXCLUDED.region_code, EXCLUDED.ipc_symbols,
                               EXCLUDED.agency_credit_code, EXCLUDED.agent_licence_number)
       RETURNING p.id, p.application_number, (xmax = 0) AS inserted
     )
     SELECT id, application_number AS key, inserted FROM upserted`,
    [JSON.stringify(records), writer.principal.dept, writer.principal.sub],
  )) as { id: string; key: string; inserted: boolean }[];
  const changed = new Map(written.map((c) => [c.key, c.inserted]));
  const idOf = new Map([...existing.map((e) => [e.key, e.id] as const), ...written.map((w) => [w.key, w.id] as const)]);
  const inputOf = new Map(keep.map((r) => [r.key, r.input]));

  // A patent whose district changed takes its history and facts along (as an update by hand does).
  const relocated = existing.filter((e) => changed.has(e.key) && inputOf.get(e.key)!.district !== e.region_code).map((e) => e.id);
  if (relocated.length > 0) {
    for (const table of ['patent_status_events', 'patent_family_members', 'patent_awards']) {
      await em.query(`UPDATE ${table} t SET region_code = p.region_code FROM patents p WHERE t.patent_id = ANY($1::uuid[]) AND p.id = t.patent_id AND t.region_code <> p.region_code`, [relocated]);
    }
  }

  // Existing patents whose stated status differs move to it, as the status action moves them.
  const existingMoves = moves.filter((m) => !m.isNew);
  if (existingMoves.length > 0) {
    await em.query(
      `UPDATE patents p SET status = x."to", grant_date = CASE WHEN x.action = 'grant' THEN x.date ELSE p.grant_date END, version = p.version + 1
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, action text, "to" text, date date) WHERE p.id = x.id`,
      [JSON.stringify(existingMoves.map((m) => ({ id: idOf.get(m.key), action: m.action, to: m.to, date: m.date })))],
    );
  }
  // Every event of the batch in one statement, so the stock day counts are refreshed once: the
  // filing of each new patent, then the status step the file states.
  const events: { id: string; seq: number | null; action: string; from: string | null; to: string; date: string; region: string; note: string | null }[] = [];
  for (const w of written) {
    if (!w.inserted) continue;
    const input = inputOf.get(w.key)!;
    events.push({ id: w.id, seq: 1, action: 'file', from: null, to: 'pending', date: input.filingDate, region: input.district, note: null });
  }
  for (const m of moves) events.push({ id: idOf.get(m.key)!, seq: m.isNew ? 2 : null, action: m.action, from: m.from, to: m.to, date: m.date, region: inputOf.get(m.key)!.district, note: '批量导入' });
  if (events.length > 0) {
    await em.query(
      `INSERT INTO patent_status_events (patent_id, seq, action, from_status, to_status, effective_date, note, region_code, created_by)
       SELECT x.id, coalesce(x.seq, (SELECT max(e.seq) FROM patent_status_events e WHERE e.patent_id = x.id) + 1), x.action, x."from", x."to", x.date, x.note, x.region, $2::uuid
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, seq int, action text, "from" text, "to" text, date date, region text, note text)`,
      [JSON.stringify(events), writer.principal.sub],
    );
  }
  const transitions = moves.map((m) => ({ patentId: idOf.get(m.key)!, action: m.action, effectiveDate: m.date }));
  // A row whose only change is its legal status counts as updated.
  for (const move of moves) if (!changed.has(move.key)) changed.set(move.key, false);
  const inserted = [...changed.values()].filter(Boolean).length;
  const updated = changed.size - inserted;
  return { inserted, updated, unchanged: keep.length - inserted - updated, problems, transitions };
}

interface LegalMove {
  key: string;
  /** The patent is not on record yet: it is filed by this import, then moved. */
  isNew: boolean;
  action: TPatentAction;
  from: TPatentStatus;
  to: TPatentStatus;
  date: string;
}

/** The one action of the legal-status table that leads from `from` to `to`, if any. */
function actionBetween(from: TPatentStatus, to: TPatentStatus): TPatentAction | null {
  const found = (Object.entries(PATENT_TRANSITIONS) as [TPatentAction, { from: readonly TPatentStatus[]; to: TPatentStatus }][]).find(([, t]) => t.to === to && t.from.includes(from));
  return found?.[0] ?? null;
}

/**
 * What each row's legal status adds to the patent's history. The same status as on record adds
 * nothing (so a re-import changes nothing); a different one is one step of the legal-status table
 * (the same as the status action), dated no earlier than the last event on record. A status the
 * table cannot reach in one step, or dated before the history's last event, refuses the row whole.
 */
function planLegalStatuses(
  rows: ValidRow<TPatentCreate>[],
  existing: { key: string; status: TPatentStatus; last_date: string }[],
  columns: { status: string; date: string },
): { keep: ValidRow<TPatentCreate>[]; problems: RowProblem[]; moves: LegalMove[] } {
  const byKey = new Map(existing.map((e) => [e.key, e]));
  const keep: ValidRow<TPatentCreate>[] = [];
  const problems: RowProblem[] = [];
  const moves: LegalMove[] = [];
  for (const row of rows) {
    const legal: LegalStatus | null | undefined = row.legal;
    const found = byKey.get(row.key);
    // A new patent starts pending, its history at its filing date.
    const current = found?.status ?? 'pending';
    const lastDate = found?.last_date ?? row.input.filingDate;
    if (!legal || legal.status === current) {
      keep.push(row);
      continue;
    }
    const action = actionBetween(current, legal.status);
    const from = PATENT_STATUS_LABELS[current];
    const to = PATENT_STATUS_LABELS[legal.status];
    if (action === null) {
      problems.push({
        row: row.row,
        column: columns.status,
        zh: `已登记的法律状态为「${from.zh}」，不能直接变为「${to.zh}」；请在专利页面逐步登记`,
        en: `The status on record is ${current}; it cannot become ${legal.status} in one step: record the steps on the patent's page`,
      });
    } else if (legal.date! < lastDate) {
      problems.push({ row: row.row, column: columns.date, zh: `日期不能早于已登记的最近状态事件日期 ${lastDate}`, en: `The date must not be before the last status event on record (${lastDate})` });
    } else {
      keep.push(row);
      moves.push({ key: row.key, isNew: !found, action, from: current, to: legal.status, date: legal.date! });
    }
  }
  return { keep, problems, moves };
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
