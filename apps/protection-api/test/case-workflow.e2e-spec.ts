import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '@ipbureau/domain/protection';
import { aCase, caller, issuePaths, registerCase, startProtection, step, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
beforeAll(async () => {
  p = await startProtection();
});
afterAll(() => stopProtection(p));

const call = caller(() => p);
const transition = (token: string, c: { id: string }, body: Record<string, unknown>) => call(token, 'POST', `/cases/${c.id}/transitions`, body);
const investigating = async () => step(p, p.officer, await registerCase(p, aCase()), { action: 'investigate', effectiveDate: '2025-03-20' });
const punishment = { action: 'decide', effectiveDate: '2025-06-10', outcome: 'punished', decisionNumber: '汕市监知罚〔2025〕8号', fineAmount: '50000.00', confiscationAmount: '12345.67' } as const;
const statusOf = async (id: string) => ((await p.pool.query('SELECT status, version FROM protection.cases WHERE id = $1', [id])).rows[0] as { status: string; version: number });
const eventCount = async (id: string) => (await p.pool.query('SELECT 1 FROM protection.case_events WHERE case_id = $1', [id])).rowCount;

describe('a case punished and closed', () => {
  it('walks registered → investigating → decided → executed → closed, each step dated on its timeline and audited', async () => {
    let c = await registerCase(p, aCase());
    c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2025-03-20', note: '现场检查' });
    expect(c).toMatchObject({ status: 'investigating', version: 2, statusDate: '2025-03-20', allowedActions: ['mediate'] });
    c = await step(p, p.approver, c, punishment);
    expect(c).toMatchObject({ status: 'decided', outcome: 'punished', decisionNumber: '汕市监知罚〔2025〕8号', fineAmount: '50000.00', confiscationAmount: '12345.67', allowedActions: ['execute'] });
    c = await step(p, p.officer, c, { action: 'execute', effectiveDate: '2025-07-01' });
    expect(c).toMatchObject({ status: 'executed', allowedActions: [] });
    c = await step(p, p.approver, c, { action: 'close', effectiveDate: '2025-07-15' });
    expect(c).toMatchObject({ status: 'closed', version: 5, statusDate: '2025-07-15', allowedActions: [] });
    expect(c.timeline.map((e) => [e.action, e.fromStatus, e.toStatus, e.effectiveDate, e.actorName])).toEqual([
      ['register', null, 'registered', '2025-03-18', '郑执法'],
      ['investigate', 'registered', 'investigating', '2025-03-20', '郑执法'],
      ['decide', 'investigating', 'decided', '2025-06-10', '林科长'],
      ['execute', 'decided', 'executed', '2025-07-01', '郑执法'],
      ['close', 'executed', 'closed', '2025-07-15', '林科长'],
    ]);
    expect(c.timeline[1]?.note).toBe('现场检查');
    expect(c.timeline[2]?.details).toEqual({ outcome: 'punished', decisionNumber: '汕市监知罚〔2025〕8号', fineAmount: '50000.00', confiscationAmount: '12345.67' });
    const audit = await p.pool.query(`SELECT action FROM audit.events WHERE entity = 'case' AND entity_id = $1 ORDER BY seq`, [c.id]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'transition', 'transition', 'transition', 'transition']);
  });

  it('keeps the timeline append-only in the database', async () => {
    const c = await investigating();
    await expect(p.pool.query(`UPDATE protection.case_events SET effective_date = '2020-01-01' WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(p.pool.query(`DELETE FROM protection.case_events WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
  });
});

describe('the other ways a case ends', () => {
  it('not established: decided without amounts, then closed with nothing to execute', async () => {
    let c = await investigating();
    c = await step(p, p.approver, c, { action: 'decide', effectiveDate: '2025-04-01', outcome: 'not_established', decisionNumber: '汕市监知不罚〔2025〕2号' });
    expect(c).toMatchObject({ status: 'decided', outcome: 'not_established', fineAmount: null, confiscationAmount: null });
    expect(c.allowedActions).toEqual(['close']);
    expect((await (await call(p.officer, 'GET', `/cases/${c.id}`)).json()) as TCaseDetail).toMatchObject({ allowedActions: [] });
    c = await step(p, p.approver, c, { action: 'close', effectiveDate: '2025-04-02' });
    expect(c.status).toBe('closed');
  });

  it.each([
    ['registered', false],
    ['investigating', true],
  ])('transferred from %s to the police, naming the receiving body', async (_from, investigate) => {
    let c = await registerCase(p, aCase());
    if (investigate) c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2025-03-19' });
    c = await step(p, p.approver, c, { action: 'transfer', effectiveDate: '2025-04-01', recipientKind: 'police', recipientName: '汕头市公安局金平分局' });
    expect(c).toMatchObject({ status: 'transferred', transferredTo: { kind: 'police', name: '汕头市公安局金平分局' }, allowedActions: [] });
  });

  it('transferred to a court', async () => {
    const c = await step(p, p.approver, await investigating(), { action: 'transfer', effectiveDate: '2025-04-01', recipientKind: 'court', recipientName: '汕头市中级人民法院' });
    expect(c.transferredTo).toEqual({ kind: 'court', name: '汕头市中级人民法院' });
  });

  it.each([
    ['registered', false],
    ['investigating', true],
  ])('withdrawn from %s, with the reason on the timeline', async (_from, investigate) => {
    let c = await registerCase(p, aCase());
    if (investigate) c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2025-03-19' });
    c = await step(p, p.approver, c, { action: 'withdraw', effectiveDate: '2025-03-25', reason: '不属于本局管辖' });
    expect(c.status).toBe('withdrawn');
    expect(c.timeline.at(-1)?.details).toEqual({ reason: '不属于本局管辖' });
  });

  it.each([
    ['registered', false],
    ['investigating', true],
  ])('mediated from %s, with the agreement date', async (_from, investigate) => {
    let c = await registerCase(p, aCase());
    if (investigate) c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2025-03-19' });
    c = await step(p, p.officer, c, { action: 'mediate', effectiveDate: '2025-05-06', agreementDate: '2025-05-05' });
    expect(c).toMatchObject({ status: 'mediated', agreementDate: '2025-05-05' });
  });
});

describe('a step that is not allowed', () => {
  it('from the case’s status answers 409 naming the allowed ones, and changes nothing', async () => {
    const c = await registerCase(p, aCase());
    const res = await transition(p.approver, c, { ...punishment, version: 1 });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('CONFLICT');
    for (const action of ['investigate', 'transfer', 'withdraw', 'mediate']) expect(body.message).toContain(action);
    const en = await call(p.approver, 'POST', `/cases/${c.id}/transitions`, { action: 'close', effectiveDate: '2025-04-01', version: 1 });
    expect(en.status).toBe(409);
    expect(await statusOf(c.id)).toEqual({ status: 'registered', version: 1 });
    expect(await eventCount(c.id)).toBe(1);
  });

  it('for the officer’s role (deciding, closing, transferring, withdrawing) answers 403', async () => {
    const c = await investigating();
    expect((await transition(p.officer, c, { ...punishment, version: c.version })).status).toBe(403);
    expect((await transition(p.officer, c, { action: 'withdraw', effectiveDate: '2025-04-01', reason: '撤回', version: c.version })).status).toBe(403);
    expect(await statusOf(c.id)).toEqual({ status: 'investigating', version: 2 });
  });

  it('is refused to a viewer and to another pillar’s officer', async () => {
    const c = await registerCase(p, aCase());
    const creationOfficer = await p.issuer.mint(['creation:approver']);
    for (const token of [p.viewer, creationOfficer]) {
      expect((await transition(token, c, { action: 'investigate', effectiveDate: '2025-03-20', version: 1 })).status).toBe(403);
    }
    expect(await eventCount(c.id)).toBe(1);
  });

  it('with a bad body answers 400 naming the fields, and writes nothing', async () => {
    const c = await investigating();
    const res = await transition(p.approver, c, { action: 'decide', effectiveDate: '2999-01-01', version: c.version, outcome: 'punished', decisionNumber: '', fineAmount: 12.345 });
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['confiscationAmount', 'decisionNumber', 'effectiveDate', 'fineAmount']);
    const amounts = await transition(p.approver, c, { ...punishment, outcome: 'not_established', version: c.version });
    expect(await issuePaths(amounts)).toEqual(['confiscationAmount', 'fineAmount']);
    expect(await issuePaths(await transition(p.approver, c, { action: 'fly', effectiveDate: '2025-04-01', version: c.version }))).toEqual(['action']);
    expect(await eventCount(c.id)).toBe(2);
  });

  it('dated before the previous step answers 400 on effectiveDate', async () => {
    const c = await investigating();
    const res = await transition(p.officer, c, { action: 'mediate', effectiveDate: '2025-03-19', agreementDate: '2025-03-19', version: c.version });
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['effectiveDate']);
    const agreementAfter = await transition(p.officer, c, { action: 'mediate', effectiveDate: '2025-04-01', agreementDate: '2025-04-02', version: c.version });
    expect(await issuePaths(agreementAfter)).toEqual(['agreementDate']);
  });
});

describe('two officers changing one case at once', () => {
  it('lets one win; the other gets 409 and nothing is lost', async () => {
    const c = await registerCase(p, aCase());
    const colleague = await p.issuer.mint(['protection:officer'], { name: '黄执法' });
    const [a, b] = await Promise.all([
      transition(p.officer, c, { action: 'investigate', effectiveDate: '2025-03-20', version: 1 }),
      transition(colleague, c, { action: 'mediate', effectiveDate: '2025-03-21', agreementDate: '2025-03-21', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const winner = ((await (a.status === 201 ? a : b).json()) as TCaseDetail);
    expect(winner.version).toBe(2);
    const stored = (await (await call(p.viewer, 'GET', `/cases/${c.id}`)).json()) as TCaseDetail;
    expect(stored).toMatchObject({ status: winner.status, version: 2 });
    expect(stored.timeline).toHaveLength(2);

    const stale = await transition(colleague, c, { action: 'investigate', effectiveDate: '2025-03-22', version: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { message: string }).message).toMatch(/他人修改|changed by someone else/);
  });
});
