// Utilization pillar: IP pledge financing, each pledge with its dated lifecycle events.
import { HORIZON, PLAN_2020 } from '../figures.js';
import { BANKS } from '../names.js';
import { addDays, dayOf, intBetween, pick, prng, splitTotal } from '../random.js';

/**
 * Pledges registered per year: { patent: [count, yuan], trademark: [count, yuan], gi: [count, yuan] }.
 * 2016–2020 are the plan's 48 patent pledges for 779,000,000 yuan and 2 trademark pledges for
 * 93,000,000; 2021–2025 add up to about 830 million against the target of 800 million.
 */
export const PLEDGES_BY_YEAR = {
  2016: { patent: [6, 62_000_000] },
  2017: { patent: [8, 98_000_000] },
  2018: { patent: [10, 146_000_000] },
  2019: { patent: [11, 201_000_000], trademark: [1, 38_000_000] },
  2020: { patent: [13, 272_000_000], trademark: [1, 55_000_000] },
  2021: { patent: [12, 118_000_000], trademark: [1, 12_000_000] },
  2022: { patent: [14, 135_000_000], trademark: [2, 21_000_000] },
  2023: { patent: [15, 148_000_000], trademark: [2, 19_000_000] },
  2024: { patent: [16, 161_000_000], trademark: [2, 24_000_000], gi: [1, 5_000_000] },
  2025: { patent: [17, 172_000_000], trademark: [3, 27_000_000] },
  2026: { patent: [11, 118_000_000], trademark: [1, 10_000_000] },
};

const check = (kind, from, to) =>
  Object.entries(PLEDGES_BY_YEAR)
    .filter(([y]) => Number(y) >= from && Number(y) <= to)
    .reduce((s, [, k]) => [s[0] + (k[kind]?.[0] ?? 0), s[1] + (k[kind]?.[1] ?? 0)], [0, 0]);
const [pc, pa] = check('patent', 2016, 2020);
const [tc, ta] = check('trademark', 2016, 2020);
if (pc !== PLAN_2020.patentPledges2016to2020.count || pa !== PLAN_2020.patentPledges2016to2020.amount || tc !== PLAN_2020.trademarkPledges2016to2020.count || ta !== PLAN_2020.trademarkPledges2016to2020.amount) {
  throw new Error('the pledge series does not reproduce the plan’s 2016–2020 figures');
}

/** Granted invention patents the pledgors hold, read from the creation schema (as the administrator). */
const PREPARE = `
CREATE TEMP TABLE demo_pledgeable ON COMMIT DROP AS
SELECT 'patent' AS kind, 'ZL' || application_number AS number, applicant_name AS holder, applicant_credit_code AS credit_code,
       region_code, grant_date::text AS since
  FROM creation.patents
 WHERE patent_type = 'invention' AND status = 'granted' AND applicant_credit_code IS NOT NULL`;

const INSERT_PLEDGES = `
INSERT INTO utilization.pledges (id, pledgor_name, pledgor_credit_code, right_kind, right_number, lender_name, loan_amount, registration_date,
  status, region_code, department_id, created_at, created_by, application_date, registration_number, disbursement_date, maturity_date,
  disbursed_amount, repaid_amount, version, updated_at)
SELECT id, pledgor_name, pledgor_credit_code, right_kind, right_number, lender_name, loan_amount, registration_date,
       status, region_code, NULL, now(), $2::uuid, application_date, registration_number, disbursement_date, maturity_date,
       disbursed_amount, repaid_amount, version, now()
  FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, pledgor_name text, pledgor_credit_code text, right_kind text, right_number text,
       lender_name text, loan_amount numeric, registration_date date, status text, region_code text, application_date date,
       registration_number text, disbursement_date date, maturity_date date, disbursed_amount numeric, repaid_amount numeric, version int)`;

const INSERT_EVENTS = `
INSERT INTO utilization.pledge_events (pledge_id, seq, action, from_status, to_status, effective_date, amount, registration_number,
  maturity_date, note, region_code, department_id, created_by, created_by_name)
SELECT pledge_id, seq, action, from_status, to_status, effective_date, amount, registration_number, maturity_date, NULL, region_code, NULL,
       $2::uuid, '示例数据'
  FROM jsonb_to_recordset($1::jsonb) AS x(pledge_id uuid, seq int, action text, from_status text, to_status text, effective_date date,
       amount numeric, registration_number text, maturity_date date, region_code text)`;

const money = (yuan) => `${yuan}.00`;

/** The pledges and their events, decided in JS from a seeded PRNG and the rights available. */
export function pledgeBook(rights) {
  const rnd = prng(779000000);
  const byKind = { patent: [], trademark: [] };
  for (const r of rights) byKind[r.kind]?.push(r);
  const used = new Set();
  const pledges = [];
  const events = [];
  let serial = 0;
  for (const [year, kinds] of Object.entries(PLEDGES_BY_YEAR)) {
    for (const [kind, [count, total]] of Object.entries(kinds)) {
      const amounts = splitTotal(rnd, total, count, 100_000);
      for (const amount of amounts) {
        serial += 1;
        const registrationDate = dayOf(rnd, Number(year), addDays(HORIZON, -40));
        const pool = byKind[kind === 'gi' ? 'trademark' : kind].filter((r) => r.since < registrationDate && !used.has(r.number));
        if (!pool.length) throw new Error(`no ${kind} right left to pledge in ${year}`);
        const right = pick(rnd, pool);
        used.add(right.number);
        const id = `de700005-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`;
        const applicationDate = addDays(registrationDate, -intBetween(rnd, 5, 25));
        const registrationNumber = `Y${year}44000${String(100000 + serial * 37).slice(-6)}`;
        const disbursementDate = addDays(registrationDate, intBetween(rnd, 3, 20));
        const months = pick(rnd, [12, 12, 12, 24, 36]);
        const maturityDate = addDays(disbursementDate, Math.round(months * 30.44));
        const steps = [
          { action: 'apply', from: null, to: 'applied', date: applicationDate },
          { action: 'register', from: 'applied', to: 'registered', date: registrationDate, registrationNumber },
        ];
        let status = 'registered';
        let disbursed = 0;
        let repaid = 0;
        let maturity = null;
        if (disbursementDate <= HORIZON) {
          steps.push({ action: 'disburse', from: 'registered', to: 'disbursed', date: disbursementDate, amount, maturityDate });
          status = 'disbursed';
          disbursed = amount;
          maturity = maturityDate;
          let due = maturityDate;
          const fate = rnd();
          if (fate < 0.12 && addDays(due, -20) <= HORIZON) {
            due = addDays(maturityDate, 365);
            steps.push({ action: 'extend', from: 'disbursed', to: 'extended', date: addDays(maturityDate, -20), maturityDate: due });
            status = 'extended';
            maturity = due;
          }
          if (fate > 0.96 && addDays(due, 45) <= HORIZON) {
            steps.push({ action: 'default', from: status, to: 'defaulted', date: addDays(due, 45) });
            status = 'defaulted';
          } else if (due <= HORIZON) {
            steps.push({ action: 'repay', from: status, to: 'repaid', date: due, amount });
            repaid = amount;
            status = 'repaid';
            const releaseDate = addDays(due, intBetween(rnd, 3, 30));
            if (releaseDate <= HORIZON) {
              steps.push({ action: 'release', from: 'repaid', to: 'released', date: releaseDate });
              status = 'released';
            }
          }
        }
        pledges.push({
          id,
          pledgor_name: right.holder,
          pledgor_credit_code: right.credit_code,
          right_kind: kind,
          right_number: right.number,
          lender_name: pick(rnd, BANKS),
          loan_amount: money(amount),
          registration_date: registrationDate,
          status,
          region_code: right.region_code,
          application_date: applicationDate,
          registration_number: registrationNumber,
          disbursement_date: disbursed ? disbursementDate : null,
          maturity_date: maturity,
          disbursed_amount: money(disbursed),
          repaid_amount: money(repaid),
          version: steps.length,
        });
        steps.forEach((s, i) =>
          events.push({
            pledge_id: id,
            seq: i + 1,
            action: s.action,
            from_status: s.from,
            to_status: s.to,
            effective_date: s.date,
            amount: s.amount === undefined ? null : money(s.amount),
            registration_number: s.registrationNumber ?? null,
            maturity_date: s.maturityDate ?? null,
            region_code: right.region_code,
          }),
        );
      }
    }
  }
  return { pledges, events };
}

/**
 * Pledges of the seeded patents and trademarks (pledgor = the right's holder), registered by
 * year so that `pledges.amount_in_period` for 2016–2020 is 872,000,000 (48 patent pledges,
 * 779,000,000; 2 trademark pledges, 93,000,000) and 2021–2025 pass the 800 million target.
 * Reads the patents in this transaction (after `patentsPart`) and the trademarks `trademarksPart`
 * shares from its connection.
 */
export const utilizationPart = {
  name: 'utilization',
  schema: 'utilization',
  service: 'utilization',
  tables: ['pledges', 'pledge_events'],
  /** As the administrator, before the part runs as ipb_utilization. */
  async prepare(client) {
    await client.query(PREPARE);
    await client.query('GRANT SELECT ON demo_pledgeable TO PUBLIC');
  },
  needs: ['creation.trademarks'],
  async seed(client, { actor, shared }) {
    const { rows } = await client.query('SELECT * FROM demo_pledgeable ORDER BY kind, number');
    const { pledges, events } = pledgeBook([...rows, ...(shared['creation.trademarks']?.pledgeableTrademarks ?? [])]);
    const p = await client.query(INSERT_PLEDGES, [JSON.stringify(pledges), actor]);
    const e = await client.query(INSERT_EVENTS, [JSON.stringify(events), actor]);
    const inPeriod = pledges.filter((x) => x.registration_date >= '2016-01-01' && x.registration_date <= '2020-12-31');
    return {
      records: p.rowCount + e.rowCount,
      detail: { pledges: p.rowCount, pledgeEvents: e.rowCount },
      summary: `pledges ${p.rowCount} (${inPeriod.length} registered 2016–2020 for ${inPeriod.reduce((s, x) => s + Number(x.loan_amount), 0).toLocaleString('en')} yuan)`,
    };
  },
};
