import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventQueue, ZEventEnvelope, type TEventEnvelope } from '@ipbureau/domain';
import { AlertScanner } from '@ipbureau/nest-kit';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { disburse, patentNumber, pledgeApi, pledgeOf, register, repay, startUtilization } from './pledge-factories.js';

// Registration and release are published for the creation pillar in the transaction of the step.

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let officer: string;
let approver: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [officer, approver] = await Promise.all([tokens.mint(['utilization:officer'], { name: '林经办' }), tokens.mint(['utilization:approver'], { name: '陈科长' })]);
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => pledgeApi(utilization.baseUrl);

/** The events waiting in creation's queue about one pledge, oldest first. */
async function queuedFor(pledgeId: string): Promise<TEventEnvelope[]> {
  const { rows } = await db.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = $1 AND data->'data'->>'pledgeId' = $2 ORDER BY created_on`, [eventQueue('creation'), pledgeId]);
  return rows.map((r) => ZEventEnvelope.parse(r.data));
}

describe('pledge events for the creation pillar', () => {
  it('publishes pledge.registered with the right and the date when a pledge is registered, and nothing on application', async () => {
    const number = patentNumber();
    const pledge = await api().applied(officer, pledgeOf('patent', number));
    expect(await queuedFor(pledge.id)).toEqual([]);

    await api().walk(officer, pledge, register('2024-05-20', 'Y2024050001'));
    const [event] = await queuedFor(pledge.id);
    expect(event).toMatchObject({
      type: 'pledge.registered',
      source: 'utilization',
      regionCode: '440515',
      data: { pledgeId: pledge.id, rights: [{ kind: 'patent', number }], registeredOn: '2024-05-20', registrationNumber: 'Y2024050001', loanAmount: '5000000.00' },
    });
    expect(event?.actorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes pledge.released on release, after the loan is repaid', async () => {
    const pledge = await api().applied(officer, pledgeOf('patent', patentNumber()));
    const repaid = await api().walk(officer, pledge, register('2024-05-20'), disburse('2024-06-01', '5000000.00', '2025-06-01'), repay('2025-05-30', '5000000.00'));
    await api().walk(approver, repaid, { action: 'release', effectiveDate: '2025-06-05' });
    const events = await queuedFor(pledge.id);
    expect(events.map((e) => e.type)).toEqual(['pledge.registered', 'pledge.released']);
    expect(events[1]?.data).toMatchObject({ releasedOn: '2025-06-05' });
  });

  it('publishes nothing when the step is refused', async () => {
    const pledge = await api().applied(officer, pledgeOf('patent', patentNumber()));
    const stale = await api().transition(officer, pledge.id, { version: pledge.version + 5, ...register('2024-05-20') });
    expect(stale.status).toBe(409);
    expect(await queuedFor(pledge.id)).toEqual([]);
  });
});

describe('alerts on pledged loans nearing or past maturity', () => {
  async function alertsFor(pledgeId: string): Promise<TEventEnvelope[]> {
    const { rows } = await db.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = $1 AND data->>'type' = 'alert.raised' AND data->'data'->>'link' LIKE '%' || $2`, [eventQueue('platform'), pledgeId]);
    return rows.map((r) => ZEventEnvelope.parse(r.data));
  }

  it('raises a warning 30 days ahead and a danger once past maturity, to the officers of the pledge’s department, and nothing after repayment', async () => {
    const scanner = utilization.app.get(AlertScanner);
    const pledge = await api().applied(officer, pledgeOf('patent', patentNumber()));
    const disbursed = await api().walk(officer, pledge, register('2024-05-20'), disburse('2024-06-01', '5000000.00', '2025-06-01'));

    await scanner.runOnce('2025-05-01');
    expect(await alertsFor(pledge.id)).toEqual([]);

    await scanner.runOnce('2025-05-02');
    const [near] = await alertsFor(pledge.id);
    expect(near?.regionCode).toBe('440515');
    expect(near?.data).toMatchObject({
      key: `pledge.maturity_near:${pledge.id}:2025-06-01`,
      severity: 'warning',
      dueDate: '2025-06-01',
      audience: { module: 'utilization', level: 'officer', departmentId: null },
    });
    expect((near?.data.body as { 'zh-CN': string })['zh-CN']).toContain('未还本金 5,000,000.00 元');

    await scanner.runOnce('2025-06-02');
    const kinds = (await alertsFor(pledge.id)).map((e) => e.data.kind);
    expect(kinds).toContain('pledge.maturity_overdue');

    const before = (await alertsFor(pledge.id)).length;
    await api().walk(officer, disbursed, repay('2025-06-03', '5000000.00'));
    await scanner.runOnce('2025-06-04');
    expect(await alertsFor(pledge.id)).toHaveLength(before);
  });
});
