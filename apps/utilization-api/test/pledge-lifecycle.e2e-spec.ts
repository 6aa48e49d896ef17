import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PLEDGE_TRANSITIONS, type TPledgeAction, type TPledgeStatus } from '@ipbureau/domain/utilization';
import type { TErrorBody } from '@ipbureau/domain';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { CHAOYANG, CHENGHAI, disburse, patentNumber, pledgeApi, pledgeOf, register, repay, startUtilization, step, trademarkNumber } from './pledge-factories.js';

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let officer: string;
let approver: string;
let viewer: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [officer, approver, viewer] = await Promise.all([tokens.mint(['utilization:officer'], { name: '林经办' }), tokens.mint(['utilization:approver'], { name: '陈科长' }), tokens.mint(['utilization:viewer'])]);
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => pledgeApi(utilization.baseUrl);
const applied = (extra: Record<string, unknown> = {}) => api().applied(officer, pledgeOf('patent', patentNumber(), extra));
const eventsOf = async (id: string) => Number((await db.query(`SELECT count(*) FROM utilization.pledge_events WHERE pledge_id = $1`, [id])).rows[0].count);
const stored = async (id: string) => (await db.query(`SELECT status, version, disbursed_amount::text AS disbursed, repaid_amount::text AS repaid FROM utilization.pledges WHERE id = $1`, [id])).rows[0];

/** How to bring a new pledge (loan 5,000,000.00) into each status. */
const pathTo: Record<TPledgeStatus, object[]> = {
  applied: [],
  registered: [register('2024-05-20')],
  disbursed: [register('2024-05-20'), disburse('2024-06-01', '5000000.00', '2025-06-01')],
  extended: [register('2024-05-20'), disburse('2024-06-01', '5000000.00', '2025-06-01'), step('extend', '2025-05-20', { maturityDate: '2026-06-01' })],
  repaid: [register('2024-05-20'), disburse('2024-06-01', '5000000.00', '2025-06-01'), repay('2025-05-30', '5000000.00')],
  defaulted: [register('2024-05-20'), disburse('2024-06-01', '5000000.00', '2025-06-01'), step('default', '2025-06-15')],
  released: [register('2024-05-20'), step('release', '2024-06-01')],
  withdrawn: [step('withdraw', '2024-05-15')],
};
/** A valid body of each action, dated after every path above. */
const stepOf: Record<TPledgeAction, object> = {
  register: register('2026-01-05'),
  withdraw: step('withdraw', '2026-01-05'),
  disburse: disburse('2026-01-05', '5000000.00', '2027-01-05'),
  repay: repay('2026-01-05', '5000000.00'),
  extend: step('extend', '2026-01-05', { maturityDate: '2028-01-05' }),
  default: step('default', '2026-01-05'),
  release: step('release', '2026-01-05'),
};
const edges = (Object.entries(PLEDGE_TRANSITIONS) as [TPledgeAction, (typeof PLEDGE_TRANSITIONS)[TPledgeAction]][]).flatMap(([action, rule]) => rule.from.map((from) => ({ action, from, to: rule.to })));

describe('the pledge lifecycle', () => {
  it('walks a loan from application to release, keeping a dated timeline and an exact ledger', async () => {
    const start = await applied({ loanAmount: '3000000.00' });
    const registered = await api().walk(officer, start, register('2024-05-20', 'Y2024440500001234'));
    expect(registered).toMatchObject({ status: 'registered', registrationNumber: 'Y2024440500001234', registrationDate: '2024-05-20', version: 2, allowedActions: ['disburse', 'release'] });

    const disbursed = await api().walk(officer, registered, disburse('2024-06-01', '3000000.00', '2025-06-01'));
    expect(disbursed).toMatchObject({ status: 'disbursed', disbursedAmount: '3000000.00', outstandingPrincipal: '3000000.00', maturityDate: '2025-06-01', allowedActions: ['repay', 'extend', 'default'] });

    const partly = await api().walk(officer, disbursed, repay('2024-12-20', '1000000.10'));
    expect(partly).toMatchObject({ status: 'disbursed', repaidAmount: '1000000.10', outstandingPrincipal: '1999999.90' });

    const extended = await api().walk(officer, partly, step('extend', '2025-05-25', { maturityDate: '2026-06-01', note: '经银行同意展期一年' }));
    expect(extended).toMatchObject({ status: 'extended', maturityDate: '2026-06-01', allowedActions: ['repay', 'extend', 'default'] });

    const repaid = await api().walk(officer, extended, repay('2026-05-30', '1999999.90'));
    expect(repaid).toMatchObject({ status: 'repaid', outstandingPrincipal: '0.00', repaidAmount: '3000000.00', allowedActions: ['release'] });

    const released = await api().walk(approver, repaid, step('release', '2026-06-05'));
    expect(released).toMatchObject({ status: 'released', allowedActions: [], version: 7 });
    expect(released.events.map((e) => [e.seq, e.action, e.fromStatus, e.toStatus, e.effectiveDate, e.amount])).toEqual([
      [1, 'apply', null, 'applied', '2024-05-10', null],
      [2, 'register', 'applied', 'registered', '2024-05-20', null],
      [3, 'disburse', 'registered', 'disbursed', '2024-06-01', '3000000.00'],
      [4, 'repay', 'disbursed', 'disbursed', '2024-12-20', '1000000.10'],
      [5, 'extend', 'disbursed', 'extended', '2025-05-25', null],
      [6, 'repay', 'extended', 'repaid', '2026-05-30', '1999999.90'],
      [7, 'release', 'repaid', 'released', '2026-06-05', null],
    ]);
    expect(released.events[4]).toMatchObject({ maturityDate: '2026-06-01', note: '经银行同意展期一年', recordedByName: '林经办' });
    expect(released.events[6]?.recordedByName).toBe('陈科长');
    expect((await api().get(viewer, `/pledges/${start.id}`)).body).toEqual(released);
    const audit = await db.query(`SELECT action, actor_name FROM audit.events WHERE entity = 'pledge' AND entity_id = $1 ORDER BY seq`, [start.id]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['create', ...Array<string>(6).fill('transition')]);
  });

  it.each(edges)('takes $action from $from', async ({ action, from, to }) => {
    const pledge = await api().walk(approver, await applied(), ...pathTo[from]);
    expect(pledge.status).toBe(from);
    const after = await api().walk(approver, pledge, stepOf[action]);
    expect(after.status).toBe(to);
    expect(after.events.at(-1)).toMatchObject({ action, fromStatus: from, toStatus: to });
  });

  it('refuses a step the status does not allow with 409 naming the allowed ones, and writes nothing', async () => {
    const pledge = await applied();
    const res = await api().transition<TErrorBody>(officer, pledge.id, { ...disburse('2024-06-01', '100.00'), version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('register, withdraw');
    expect(await eventsOf(pledge.id)).toBe(1);
    expect(await stored(pledge.id)).toMatchObject({ status: 'applied', version: 1 });
  });

  it('refuses a stale version with 409 and keeps the other writer’s step', async () => {
    const pledge = await applied();
    await api().walk(officer, pledge, register('2024-05-20'));
    const late = await api().transition<TErrorBody>(officer, pledge.id, { ...step('withdraw', '2024-05-21'), version: pledge.version });
    expect(late.status).toBe(409);
    expect(await stored(pledge.id)).toMatchObject({ status: 'registered', version: 2 });
  });

  it('takes one of five simultaneous steps sent with the same version and refuses the others', async () => {
    const pledge = await api().walk(officer, await applied({ loanAmount: '1000.00' }), register('2024-05-20'), disburse('2024-06-01', '1000.00'));
    const answers = await Promise.all(Array.from({ length: 5 }, () => api().transition(officer, pledge.id, { ...repay('2024-07-01', '300.00'), version: pledge.version })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await stored(pledge.id)).toMatchObject({ repaid: '300.00', version: pledge.version + 1 });
  });

  it('lets only an approver release a pledge', async () => {
    const pledge = await api().walk(officer, await applied(), register('2024-05-20'));
    const byOfficer = await api().transition<TErrorBody>(officer, pledge.id, { ...step('release', '2024-06-01'), version: pledge.version });
    expect(byOfficer.status).toBe(403);
    expect(await stored(pledge.id)).toMatchObject({ status: 'registered' });
    await api().walk(approver, pledge, step('release', '2024-06-01'));
  });

  it('leaves a viewer and another pillar’s officer with 403', async () => {
    const pledge = await applied();
    const creationOfficer = await tokens.mint(['creation:officer']);
    for (const token of [viewer, creationOfficer]) {
      expect((await api().transition(token, pledge.id, { ...register('2024-05-20'), version: 1 })).status).toBe(403);
    }
    expect(await eventsOf(pledge.id)).toBe(1);
  });

  it('answers 404 for a pledge outside the caller’s districts', async () => {
    const pledge = await applied({ district: CHAOYANG });
    const chenghaiOfficer = await tokens.mint(['utilization:officer'], { scope: { kind: 'districts', districts: [CHENGHAI] } });
    expect((await api().transition(chenghaiOfficer, pledge.id, { ...register('2024-05-20'), version: 1 })).status).toBe(404);
    expect(await eventsOf(pledge.id)).toBe(1);
  });

  it('rejects a step missing its fields with 400 naming them, and writes nothing', async () => {
    const pledge = await api().walk(officer, await applied(), register('2024-05-20'));
    const res = await api().transition<TErrorBody>(officer, pledge.id, { action: 'disburse', effectiveDate: '2024-06-31', version: pledge.version, amount: '-1' });
    expect(res.status).toBe(400);
    expect(res.body.issues?.map((i) => i.path).sort()).toEqual(['amount', 'effectiveDate', 'maturityDate']);
    const unknown = await api().transition<TErrorBody>(officer, pledge.id, { action: 'forgive', effectiveDate: '2024-06-01', version: pledge.version });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues?.map((i) => i.path)).toEqual(['action']);
    const early = await api().transition<TErrorBody>(officer, pledge.id, { ...disburse('2024-06-01', '10.00', '2024-05-01'), version: pledge.version });
    expect(early.body.issues?.map((i) => i.path)).toEqual(['maturityDate']);
    expect(await eventsOf(pledge.id)).toBe(2);
  });

  it('refuses with 422 a step dated before the previous event or after today', async () => {
    const pledge = await applied();
    expect((await api().transition(officer, pledge.id, { ...register('2024-05-01'), version: 1 })).status).toBe(422);
    expect((await api().transition(officer, pledge.id, { ...register('2099-01-01'), version: 1 })).status).toBe(422);
    expect(await eventsOf(pledge.id)).toBe(1);
  });

  it('shortens an extension’s maturity with 422', async () => {
    const pledge = await api().walk(officer, await applied(), ...pathTo.disbursed);
    expect((await api().transition(officer, pledge.id, { ...step('extend', '2025-05-01', { maturityDate: '2025-05-31' }), version: pledge.version })).status).toBe(422);
  });
});

describe('the loan ledger', () => {
  it('adds repayments exactly: 0.10 + 0.20 repays 0.30', async () => {
    const pledge = await api().walk(officer, await applied({ loanAmount: '0.30' }), register('2024-05-20'), disburse('2024-06-01', '0.30'));
    const first = await api().walk(officer, pledge, repay('2024-07-01', '0.10'));
    expect(first).toMatchObject({ status: 'disbursed', outstandingPrincipal: '0.20' });
    const second = await api().walk(officer, first, repay('2024-08-01', '0.20'));
    expect(second).toMatchObject({ status: 'repaid', repaidAmount: '0.30', outstandingPrincipal: '0.00' });
    expect(await stored(pledge.id)).toMatchObject({ disbursed: '0.30', repaid: '0.30' });
  });

  it('never lets the outstanding principal go negative: an overpayment is 422 and nothing is written', async () => {
    const pledge = await api().walk(officer, await applied({ loanAmount: '1000.00' }), register('2024-05-20'), disburse('2024-06-01', '1000.00'));
    const res = await api().transition<TErrorBody>(officer, pledge.id, { ...repay('2024-07-01', '1000.01'), version: pledge.version });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('1000.00');
    expect(await stored(pledge.id)).toMatchObject({ status: 'disbursed', repaid: '0.00', version: pledge.version });
    expect(await eventsOf(pledge.id)).toBe(3);
  });

  it('disburses no more than the loan amount (422)', async () => {
    const pledge = await api().walk(officer, await applied({ loanAmount: '1000.00' }), register('2024-05-20'));
    expect((await api().transition(officer, pledge.id, { ...disburse('2024-06-01', '1000.01'), version: pledge.version })).status).toBe(422);
  });
});

describe('one right, one pledge that holds it', () => {
  it('refuses a second pledge of a right at every status that holds it', async () => {
    for (const status of ['registered', 'disbursed', 'extended', 'defaulted'] as const) {
      const number = trademarkNumber();
      await api().walk(approver, await api().applied(officer, pledgeOf('trademark', number)), ...pathTo[status]);
      const again = await api().post(officer, pledgeOf('trademark', number, { applicationDate: '2026-02-01' }));
      expect(again.status, status).toBe(409);
    }
  });

  it('lets one of ten simultaneous applications for a right through and refuses the rest with 409', async () => {
    const number = trademarkNumber();
    const answers = await Promise.all(Array.from({ length: 10 }, () => api().post(officer, pledgeOf('trademark', number))));
    expect(answers.map((r) => r.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    expect(Number((await db.query(`SELECT count(*) FROM utilization.pledges WHERE right_number = $1`, [number])).rows[0].count)).toBe(1);
  });

  it('frees the right once the loan is repaid, released or the application withdrawn', async () => {
    for (const status of ['repaid', 'released', 'withdrawn'] as const) {
      const number = trademarkNumber();
      await api().walk(approver, await api().applied(officer, pledgeOf('trademark', number)), ...pathTo[status]);
      await api().applied(officer, pledgeOf('trademark', number, { applicationDate: '2026-02-01' }));
    }
  });
});
