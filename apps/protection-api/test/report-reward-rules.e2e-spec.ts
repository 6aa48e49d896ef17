import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TReportDetail, TReportRewardRule, TReportRewardRuleCreateInput } from '@ipbureau/domain/protection';
import { aCase, caller, issuePaths, JINPING, registerCase, startProtection, step, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const HANDLER_ID = randomUUID();
let handler: string;

beforeAll(async () => {
  p = await startProtection();
  handler = await p.issuer.mint(['protection:officer'], { sub: HANDLER_ID, name: '陈承办' });
});
afterAll(() => stopProtection(p));

/** A report received on `date` that led to a case fined 12,345.67 yuan, its reward proposed. */
async function rewarded(date: string): Promise<TReportDetail> {
  let c = await registerCase(p, aCase({ source: 'report', registeredDate: date }));
  let r = await json<TReportDetail>(
    await call(handler, 'POST', '/reports', {
      reporter: { name: '张三', phone: '13812345678', idNumber: '440507199001011233' },
      subject: '某商行销售假冒“澄海玩具”注册商标的玩具',
      rightKind: 'trademark',
      district: JINPING,
      receivedDate: date,
      handlingOfficer: { userId: HANDLER_ID, name: '陈承办' },
    }),
    201,
  );
  const take = async (body: Record<string, unknown>) => (r = await json<TReportDetail>(await call(handler, 'POST', `/reports/${r.id}/transitions`, { version: r.version, ...body }), 201));
  await take({ action: 'verify', effectiveDate: date, caseId: c.id });
  c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: date });
  await step(p, p.approver, c, { action: 'decide', effectiveDate: date, outcome: 'punished', decisionNumber: `汕市监知罚〔2025〕${c.caseNumber.slice(-4)}`, fineAmount: '12345.67', confiscationAmount: '0' });
  return take({ action: 'propose_reward', effectiveDate: date });
}
const rule = (extra: Partial<TReportRewardRuleCreateInput> = {}): TReportRewardRuleCreateInput => ({
  rate: '0.1',
  floor: '500.00',
  cap: '50000.00',
  basisZh: '本局举报奖励细则（2025年修订）：按罚没款的10%计发，最低500元，最高5万元',
  basisEn: 'The bureau’s reward rules (2025 revision): 10 % of the fine, at least 500 and at most 50,000 yuan',
  effectiveFrom: '2025-06-01',
  ...extra,
});
const rules = async (query = '') => json<TReportRewardRule[]>(await call(p.viewer, 'GET', `/report-reward-rules${query}`), 200);
const patch = (token: string, id: string, body: Record<string, unknown>) => call(token, 'PATCH', `/report-reward-rules/${id}`, body);
const audited = async (id: string) => (await p.pool.query<{ action: string; before: { rate?: string } | null; after: { rate: string; cap: string } }>(`SELECT action, before, after FROM audit.events WHERE entity = 'report_reward_rule' AND entity_id = $1 ORDER BY seq`, [id])).rows;
const count = async (sql: string) => (await p.pool.query(sql)).rowCount;

describe('the report reward rule (举报奖励标准)', () => {
  it('starts from the rule applied until now, under the code reports already carry', async () => {
    expect(await rules()).toEqual([
      expect.objectContaining({ code: 'samr-report-reward-2021', rate: '0.05', floor: '200.00', cap: '100000.00', effectiveFrom: '2021-12-01', state: 'in_force', version: 1 }),
    ]);
  });

  it('rewards a report by the rule in force on the date received: the day before a new rule keeps the old one, its first day takes the new one, each report naming its rule', async () => {
    const created = await json<TReportRewardRule>(await call(p.approver, 'POST', '/report-reward-rules', rule()), 201);
    expect(created).toMatchObject({ code: 'report-reward-2025-06-01', rate: '0.1', state: 'in_force' });
    expect(await audited(created.id)).toEqual([expect.objectContaining({ action: 'create', before: null, after: expect.objectContaining({ rate: '0.1', cap: '50000.00' }) })]);

    expect(await rewarded('2025-05-30')).toMatchObject({ rewardAmount: '617.28', rewardRule: 'samr-report-reward-2021' });
    expect(await rewarded('2025-06-01')).toMatchObject({ rewardAmount: '1234.57', rewardRule: 'report-reward-2025-06-01' });
    expect((await rules('?inForceOn=2025-05-31')).map((r) => r.code)).toEqual(['samr-report-reward-2021']);
    expect((await rules()).map((r) => r.state)).toEqual(['superseded', 'in_force']);
  });

  it('refuses a second rule the same day (409), a past date already rewarded under the previous rule (422 at effectiveFrom), a cap below the floor, and officers and viewers', async () => {
    const sameDay = await call(p.approver, 'POST', '/report-reward-rules', rule({ rate: '0.2' }));
    expect(sameDay.status).toBe(409);
    expect(await issuePaths(sameDay)).toEqual(['effectiveFrom']);
    const behind = await call(p.approver, 'POST', '/report-reward-rules', rule({ rate: '0.2', effectiveFrom: '2025-05-01' }));
    expect(behind.status).toBe(422);
    expect(await issuePaths(behind)).toEqual(['effectiveFrom']);
    expect(await issuePaths(await call(p.approver, 'POST', '/report-reward-rules', rule({ rate: '0.2', effectiveFrom: '2099-01-01', cap: '100.00' })))).toEqual(['cap']);
    for (const token of [p.officer, p.viewer]) expect((await call(token, 'POST', '/report-reward-rules', rule({ rate: '0.2', effectiveFrom: '2099-01-01' }))).status).toBe(403);
    expect(await count(`SELECT 1 FROM protection.report_reward_rules WHERE rate = 0.2`)).toBe(0);
  });

  it('refuses to change a rule already applied, naming the field; changes a scheduled one against the version read and audits it', async () => {
    const [seeded] = await rules();
    const refused = await patch(p.approver, seeded!.id, { version: 1, rate: '0.06' });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { message: string; issues: { path: string }[] };
    expect(body.message).toContain('「奖励比例」');
    expect(body.issues.map((i) => i.path)).toEqual(['rate']);
    expect((await patch(p.officer, seeded!.id, { version: 1, basisZh: '改' })).status).toBe(403);

    let scheduled = await json<TReportRewardRule>(await call(p.approver, 'POST', '/report-reward-rules', rule({ effectiveFrom: '2099-01-01' })), 201);
    expect(scheduled.state).toBe('scheduled');
    scheduled = await json<TReportRewardRule>(await patch(p.approver, scheduled.id, { version: 1, cap: '80000.00', effectiveFrom: '2099-02-01' }), 200);
    expect(scheduled).toMatchObject({ cap: '80000.00', code: 'report-reward-2099-02-01', version: 2 });
    expect((await patch(p.approver, scheduled.id, { version: 1, cap: '90000.00' })).status).toBe(409);
    // A cap below the rule's floor as it stands: 422 at the field sent, nothing changed.
    const belowFloor = await patch(p.approver, scheduled.id, { version: 2, cap: '100.00' });
    expect(belowFloor.status).toBe(422);
    expect(await issuePaths(belowFloor)).toEqual(['cap']);
    expect(await issuePaths(await patch(p.approver, scheduled.id, { version: 2, effectiveFrom: '2025-01-01' }))).toEqual(['effectiveFrom']);
    expect((await audited(scheduled.id)).map((e) => [e.action, e.after.cap])).toEqual([
      ['create', '50000.00'],
      ['update', '80000.00'],
    ]);
    expect(await audited(seeded!.id)).toEqual([]);
  });
});
