// One INSERT … SELECT over a JSON array per table: the small parts decide their rows in JS from a
// seeded PRNG and write each table in a single statement.

/** Identifiers come from code, never from input; still, keep them to what a column name can be. */
function column(name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain column name: ${name}`);
  return name;
}

/**
 * Inserts `rows` (objects keyed by column) into `table` in one statement; `columns` maps each
 * column to its SQL type. Returns the number of rows written.
 */
export async function insertRows(client, table, columns, rows) {
  if (!rows.length) return 0;
  const names = Object.keys(columns).map(column);
  const typed = names.map((n) => `${n} ${columns[n]}`).join(', ');
  const result = await client.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${typed})`, [
    JSON.stringify(rows),
  ]);
  return result.rowCount;
}

/**
 * A dated timeline of steps for a record: `step(action, to, date, extra)` appends one unless its
 * date is past `horizon` (then it and every later step are dropped). `last` is the current state.
 */
export function timeline(horizon, first) {
  const steps = [first];
  let closed = first.effective_date > horizon;
  return {
    steps,
    step(action, toStatus, date, extra = {}) {
      if (closed || date > horizon) {
        closed = true;
        return false;
      }
      steps.push({ action, from_status: steps[steps.length - 1].to_status, to_status: toStatus, effective_date: date, ...extra });
      return true;
    },
    get last() {
      return steps[steps.length - 1];
    },
  };
}
