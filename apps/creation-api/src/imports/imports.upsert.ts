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
 * A batch's rows as one array parameter per column, read back in SQL with `unnest($1::text[], …)
 * AS x(…)`: PostgreSQL takes typed arrays apart at about half the cost of a JSON document of the
 * same rows. A list-valued cell (IPC symbols, Nice classes) travels as its own array literal and
 * is cast back by the query (`x.ipc_symbols::text[]`), since `unnest` of a ragged array cannot.
 */
function columnArrays<R>(rows: readonly R[], columns: readonly (readonly [name: string, type: string, value: (row: R) => unknown])[], first = 1): { from: string; params: unknown[] } {
  const from = `unnest(${columns.map(([, type], i) => `$${first + i}::${type.endsWith('[]') ? 'text' : type}[]`).join(', ')}) AS x(${columns.map(([name]) => name).join(', ')})`;
  const params = columns.map(([, type, value]) => rows.map((row) => (type.endsWith('[]') ? arrayLiteral(value(row) as readonly (string | number)[]) : value(row))));
  return { from, params };
}

/** A PostgreSQL array literal of texts or numbers, each element quoted. */
function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** What a new patent carries from its row into the insert: the row, and the status step its file states. */
type NewPatent = { input: TPatentCreate; move: LegalMove | undefined };

/** The columns of a new patent, with its stated step (if any) for the status event that follows its filing. */
const NEW_PATENT_COLUMNS = [
  ['application_number', 'text', (r: NewPatent) => r.input.applicationNumber],
  ['patent_type', 'text', (r: NewPatent) => parsePatentApplicationNumber(r.input.applicationNumber)!.type],
  ['title', 'text', (r: NewPatent) => r.input.title],
  ['applicant_name', 'text', (r: NewPatent) => r.input.applicantName],
  ['applicant_credit_code', 'text', (r: NewPatent) => r.input.applicantCreditCode ?? null],
  ['region_code', 'text', (r: NewPatent) => r.input.district],
  ['filing_date', 'date', (r: NewPatent) => r.input.filingDate],
  ['ipc_symbols', 'text[]', (r: NewPatent) => r.input.ipcSymbols ?? []],
  ['agency_credit_code', 'text', (r: NewPatent) => r.input.agencyCreditCode ?? null],
  ['agent_licence_number', 'text', (r: NewPatent) => r.input.agentLicenceNumber ?? null],
  ['move_action', 'text', (r: NewPatent) => r.move?.action ?? null],
  ['move_to', 'text', (r: NewPatent) => r.move?.to ?? null],
  ['move_date', 'date', (r: NewPatent) => r.move?.date ?? null],
] as const;

/**
 * Inserts new patents and updates changed ones. The patents not on record are written in one
 * statement with their history: each is inserted in the status its file states, with its filing
 * event and the stated step after it, so the stock day counts are refreshed once for the lot. The
 * ones on record go through `ON CONFLICT (application_number) DO UPDATE … WHERE … IS DISTINCT
 * FROM …`, which touches only rows whose imported fields differ, so a second import of the same
 * file updates nothing and bumps no version; their stated statuses then move them, as the status
 * action does. A number another officer registered between the batch's look-up and its insert is
 * reported on its row, to be imported again.
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
  const onRecord = new Set(existing.map((e) => e.key));
  const moveOf = new Map(moves.map((m) => [m.key, m]));
  const fresh = keep.filter((r) => !onRecord.has(r.key));
  const known = keep.filter((r) => onRecord.has(r.key));
  const transitions: ImportedTransition[] = [];

  let inserted = 0;
  if (fresh.length > 0) {
    const { from, params } = columnArrays(
      fresh.map((r) => ({ input: r.input, move: moveOf.get(r.key) })),
      NEW_PATENT_COLUMNS,
      3,
    );
    const created = (await em.query(
      `WITH x AS (SELECT * FROM ${from}),
       added AS (
         INSERT INTO patents AS p (application_number, patent_type, title, applicant_name, applicant_credit_code, region_code, filing_date, status, grant_date, ipc_symbols,
                                   agency_credit_code, agent_licence_number, version, department_id, created_by)
         SELECT application_number, patent_type, title, applicant_name, applicant_credit_code, region_code, filing_date, coalesce(move_to, 'pending'),
                CASE WHEN move_action = 'grant' THEN move_date END, ipc_symbols::text[], agency_credit_code, agent_licence_number, 1, $1::uuid, $2::uuid
         FROM x
         ON CONFLICT (application_number) DO NOTHING
         RETURNING p.id, p.application_number, p.filing_date, p.region_code
       ), history AS (
         INSERT INTO patent_status_events (patent_id, seq, action, from_status, to_status, effective_date, note, region_code, created_by)
         SELECT id, 1, 'file', NULL, 'pending', filing_date, NULL, region_code, $2::uuid FROM added
         UNION ALL
         SELECT a.id, 2, x.move_action, 'pending', x.move_to, x.move_date, '批量导入', a.region_code, $2::uuid
           FROM added a JOIN x ON x.application_number = a.application_number WHERE x.move_action IS NOT NULL
       )
       SELECT id, application_number AS key FROM added`,
      [writer.principal.dept, writer.principal.sub, ...params],
    )) as { id: string; key: string }[];
    inserted = created.length;
    const idOf = new Map(created.map((c) => [c.key, c.id]));
    for (const row of fresh) {
      const id = idOf.get(row.key);
      const move = moveOf.get(row.key);
      if (id === undefined) {
        problems.push({ row: row.row, column: '', zh: `${row.key} 在导入过程中已由他人登记，请重新导入本文件以更新`, en: `${row.key} was registered by someone else during the import; import the file again to update it` });
      } else if (move) {
        transitions.push({ patentId: id, action: move.action, effectiveDate: move.date });
      }
    }
  }

  let updated = 0;
  if (known.length > 0) {
    const changed = await updateKnownPatents(em, known, existing, moves.filter((m) => onRecord.has(m.key)), writer);
    updated = changed.updated;
    transitions.push(...changed.transitions);
  }
  // A fresh row not inserted was reported on its row above; a known one not updated is unchanged.
  return { inserted, updated, unchanged: known.length - updated, problems, transitions };
}

/** The columns of a patent on record that an import may change. */
const KNOWN_PATENT_COLUMNS = [
  ['application_number', 'text', (r: TPatentCreate) => r.applicationNumber],
  ['title', 'text', (r: TPatentCreate) => r.title],
  ['applicant_name', 'text', (r: TPatentCreate) => r.applicantName],
  ['applicant_credit_code', 'text', (r: TPatentCreate) => r.applicantCreditCode ?? null],
  ['region_code', 'text', (r: TPatentCreate) => r.district],
  ['ipc_symbols', 'text[]', (r: TPatentCreate) => r.ipcSymbols ?? []],
  ['agency_credit_code', 'text', (r: TPatentCreate) => r.agencyCreditCode ?? null],
  ['agent_licence_number', 'text', (r: TPatentCreate) => r.agentLicenceNumber ?? null],
] as const;

/**
 * The patents of a batch already on record: their changed fields, their history's district when
 * theirs changed, and the status steps their rows state. Counts a patent once however it changed.
 */
async function updateKnownPatents(
  em: EntityManager,
  known: ValidRow<TPatentCreate>[],
  existing: (Existing & { id: string })[],
  moves: LegalMove[],
  writer: Writer,
): Promise<{ updated: number; transitions: ImportedTransition[] }> {
  const { from, params } = columnArrays(
    known.map((r) => r.input),
    KNOWN_PATENT_COLUMNS,
  );
  const written = (await em.query(
    `UPDATE patents p SET title = x.title, applicant_name = x.applicant_name, applicant_credit_code = x.applicant_credit_code, region_code = x.region_code,
            ipc_symbols = x.ipc_symbols::text[], agency_credit_code = x.agency_credit_code, agent_licence_number = x.agent_licence_number, version = p.version + 1
     FROM ${from}
     WHERE p.application_number = x.application_number
       AND (p.title, p.applicant_name, p.applicant_credit_code, p.region_code, p.ipc_symbols::text[], p.agency_credit_code, p.agent_licence_number)
           IS DISTINCT FROM (x.title, x.applicant_name, x.applicant_credit_code, x.region_code, x.ipc_symbols::text[], x.agency_credit_code, x.agent_licence_number)
     RETURNING p.application_number AS key`,
    params,
  )) as [{ key: string }[], number];
  const changed = new Set(written[0].map((w) => w.key));
  const idOf = new Map(existing.map((e) => [e.key, e.id]));
  const inputOf = new Map(known.map((r) => [r.key, r.input]));

  // A patent whose district changed takes its history and facts along (as an update by hand does).
  const relocated = existing.filter((e) => changed.has(e.key) && inputOf.get(e.key)!.district !== e.region_code).map((e) => e.id);
  if (relocated.length > 0) {
    for (const table of ['patent_status_events', 'patent_family_members', 'patent_awards']) {
      await em.query(`UPDATE ${table} t SET region_code = p.region_code FROM patents p WHERE t.patent_id = ANY($1::uuid[]) AND p.id = t.patent_id AND t.region_code <> p.region_code`, [relocated]);
    }
  }
  if (moves.length > 0) {
    // Their stated statuses move them, as the status action does, and their steps are appended after their last event.
    const stepped = moves.map((m) => ({ id: idOf.get(m.key), action: m.action, from: m.from, to: m.to, date: m.date, region: inputOf.get(m.key)!.district }));
    await em.query(
      `UPDATE patents p SET status = x."to", grant_date = CASE WHEN x.action = 'grant' THEN x.date ELSE p.grant_date END, version = p.version + 1
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, action text, "to" text, date date) WHERE p.id = x.id`,
      [JSON.stringify(stepped)],
    );
    await em.query(
      `INSERT INTO patent_status_events (patent_id, seq, action, from_status, to_status, effective_date, note, region_code, created_by)
       SELECT x.id, (SELECT max(e.seq) FROM patent_status_events e WHERE e.patent_id = x.id) + 1, x.action, x."from", x."to", x.date, '批量导入', x.region, $2::uuid
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, action text, "from" text, "to" text, date date, region text)`,
      [JSON.stringify(stepped), writer.principal.sub],
    );
    // A row whose only change is its legal status counts as updated.
    for (const move of moves) changed.add(move.key);
  }
  return { updated: changed.size, transitions: moves.map((m) => ({ patentId: idOf.get(m.key)!, action: m.action, effectiveDate: m.date })) };
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

/** The columns of an imported trademark; its term runs ten years from registration. */
const TRADEMARK_COLUMNS = [
  ['registration_number', 'text', (t: TTrademarkCreate) => t.registrationNumber],
  ['nice_classes', 'smallint[]', (t: TTrademarkCreate) => t.niceClasses],
  ['holder_name', 'text', (t: TTrademarkCreate) => t.holderName],
  ['holder_credit_code', 'text', (t: TTrademarkCreate) => t.holderCreditCode ?? null],
  ['region_code', 'text', (t: TTrademarkCreate) => t.district],
  ['kind', 'text', (t: TTrademarkCreate) => t.kind],
  ['registration_date', 'date', (t: TTrademarkCreate) => t.registrationDate],
  ['expiry_date', 'date', (t: TTrademarkCreate) => trademarkTermEnd(t.registrationDate)],
  ['well_known', 'boolean', (t: TTrademarkCreate) => t.wellKnown],
] as const;

/** The same for trademarks, by registration number; a new mark gets its registration event and its ten-year term. */
export async function upsertTrademarks(em: EntityManager, rows: ValidRow<TTrademarkCreate>[], writer: Writer, dateColumn: string): Promise<BatchCounts & { problems: RowProblem[] }> {
  const existing = (await em.query(
    `SELECT registration_number AS key, region_code, department_id, registration_date::text AS fixed_date FROM trademarks WHERE registration_number = ANY($1::text[])`,
    [rows.map((r) => r.key)],
  )) as Existing[];
  const { keep, problems } = refuseExisting(rows, existing, writer, (t) => t.registrationDate, dateColumn, '注册日');
  if (keep.length === 0) return { inserted: 0, updated: 0, unchanged: 0, problems };
  const { from, params } = columnArrays(keep.map((r) => r.input), TRADEMARK_COLUMNS, 3);
  const [counts] = (await em.query(
    `WITH input AS (
       SELECT registration_number, nice_classes::smallint[] AS nice_classes, holder_name, holder_credit_code, region_code, kind, registration_date, expiry_date, well_known FROM ${from}
     ), upserted AS (
       INSERT INTO trademarks AS t (registration_number, nice_classes, holder_name, holder_credit_code, region_code, kind, registration_date, expiry_date,
                                    status, well_known, version, department_id, created_by)
       SELECT registration_number, nice_classes, holder_name, holder_credit_code, region_code, kind, registration_date, expiry_date,
              'registered', well_known, 1, $1::uuid, $2::uuid
       FROM input
       ON CONFLICT (registration_number) DO UPDATE SET
         nice_classes = EXCLUDED.nice_classes, holder_name = EXCLUDED.holder_name, holder_credit_code = EXCLUDED.holder_credit_code,
         region_code = EXCLUDED.region_code, kind = EXCLUDED.kind, well_known = EXCLUDED.well_known, version = t.version + 1
       WHERE (t.nice_classes, t.holder_name, t.holder_credit_code, t.region_code, t.kind, t.well_known)
             IS DISTINCT FROM (EXCLUDED.nice_classes, EXCLUDED.holder_name, EXCLUDED.holder_credit_code, EXCLUDED.region_code, EXCLUDED.kind, EXCLUDED.well_known)
       RETURNING t.id, t.registration_date, t.expiry_date, t.region_code, (xmax = 0) AS inserted
     ), registered AS (
       INSERT INTO trademark_status_events (trademark_id, seq, action, from_status, to_status, effective_date, expiry_date, note, region_code, created_by)
       SELECT id, 1, 'register', NULL, 'registered', registration_date, expiry_date, NULL, region_code, $2::uuid FROM upserted WHERE inserted
     ), moved AS (
       UPDATE trademark_status_events e SET region_code = u.region_code FROM upserted u WHERE NOT u.inserted AND e.trademark_id = u.id AND e.region_code <> u.region_code
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM upserted`,
    [writer.principal.dept, writer.principal.sub, ...params],
  )) as { inserted: number; updated: number }[];
  const inserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  return { inserted, updated, unchanged: keep.length - inserted - updated, problems };
}
