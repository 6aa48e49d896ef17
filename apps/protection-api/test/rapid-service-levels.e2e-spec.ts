import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPatentApplicationNumber } from '@ipbureau/domain';
import type { TRapidEntity, TRapidRequestCreateInput, TRapidRequestDetail, TRapidServiceLevel, TRapidServiceLevelCreateInput } from '@ipbureau/domain/protection';
import { caller, issuePaths, JINPING, startProtection, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const ENTERPRISE = { creditCode: '91350100M000100Y43', name: '汕头市某化工新材料有限公司' };

beforeAll(async () => {
  p = await startProtection();
  await json<TRapidEntity>(await call(p.officer, 'POST', '/rapid-protection/entities', { ...ENTERPRISE, registeredDate: '2024-06-01', district: JINPING }), 201);
});
afterAll(() => stopProtection(p));

let serial = 5000;
const submit = async (extra: Partial<TRapidRequestCreateInput>) => {
  const body: TRapidRequestCreateInput = {
    kind: 'pre_examination',
    applicationNumber: formatPatentApplicationNumber({ format: '2004', year: 2025, type: 'invention', serial: String(++serial).padStart(7, '0') }),
    patentType: 'invention',
    title: '一种可降解塑料母粒的制备方法',
    technicalField: 'chemicals',
    creditCode: ENTERPRISE.creditCode,
    submittedDate: '2025-06-30',
    district: JINPING,
    ...extra,
  };
  return json<TRapidRequestDetail>(await call(p.officer, 'POST', '/rapid-protection/requests', body), 201);
};
const level = (extra: Partial<TRapidServiceLevelCreateInput> = {}): TRapidServiceLevelCreateInput => ({
  kind: 'pre_examination',
  workingDays: 3,
  basisZh: '保护中心预审服务承诺（2025年修订）：受理后3个工作日内出具预审结论',
  basisEn: 'The centre’s commitment (2025 revision): a pre-examination outcome within 3 working days',
  effectiveFrom: '2025-07-01',
  ...extra,
});
const levels = async (query = '') => json<TRapidServiceLevel[]>(await call(p.viewer, 'GET', `/rapid-protection/service-levels${query}`), 200);
const patch = (token: string, id: string, body: Record<string, unknown>) => call(token, 'PATCH', `/rapid-protection/service-levels/${id}`, body);
const audited = async (id: string) =>
  (await p.pool.query<{ action: string; before: unknown; after: unknown }>(`SELECT action, before, after FROM audit.events WHERE entity = 'rapid_service_level' AND entity_id = $1 ORDER BY seq`, [id])).rows;
const count = async (sql: string, params: unknown[] = []) => (await p.pool.query(sql, params)).rowCount;

describe('the rapid protection centre’s service levels (服务时限)', () => {
  it('starts from the levels the centre applied until now: 5 working days for pre-examination, 20 for rights determination', async () => {
    expect((await levels()).map((l) => [l.kind, l.workingDays, l.effectiveFrom, l.state])).toEqual([
      ['pre_examination', 5, '2000-01-01', 'in_force'],
      ['rights_determination', 20, '2000-01-01', 'in_force'],
    ]);
    expect((await levels('?kind=rights_determination'))[0]).toMatchObject({ basisZh: '保护中心快速确权服务承诺：20个工作日内办结', basisEn: 'The centre’s commitment: rights determination within 20 working days' });
  });

  it('clocks a request on the level in force on its submission date: the day before a new level keeps the old clock, its first day takes the new one', async () => {
    const created = await json<TRapidServiceLevel>(await call(p.approver, 'POST', '/rapid-protection/service-levels', level()), 201);
    expect(created).toMatchObject({ kind: 'pre_examination', workingDays: 3, effectiveFrom: '2025-07-01', state: 'in_force', version: 1 });
    expect(await audited(created.id)).toEqual([expect.objectContaining({ action: 'create', before: null, after: expect.objectContaining({ workingDays: 3, effectiveFrom: '2025-07-01' }) })]);

    // Mon 30 June + 5 working days = Mon 7 July; Tue 1 July + 3 = Fri 4 July.
    expect((await submit({ submittedDate: '2025-06-30' })).clock).toMatchObject({ slaWorkingDays: 5, due: '2025-07-07' });
    expect((await submit({ submittedDate: '2025-07-01' })).clock).toMatchObject({ slaWorkingDays: 3, due: '2025-07-04' });
    // The other kind keeps its own level.
    expect((await submit({ kind: 'rights_determination', submittedDate: '2025-07-01' })).clock).toMatchObject({ slaWorkingDays: 20 });

    expect((await levels('?inForceOn=2025-06-30&kind=pre_examination')).map((l) => l.workingDays)).toEqual([5]);
    expect((await levels('?inForceOn=2025-07-01')).map((l) => [l.kind, l.workingDays])).toEqual([
      ['pre_examination', 3],
      ['rights_determination', 20],
    ]);
    expect((await levels('?kind=pre_examination')).map((l) => [l.workingDays, l.state])).toEqual([
      [5, 'superseded'],
      [3, 'in_force'],
    ]);
  });

  it('refuses a second level of one kind effective the same day (409), and a past date from which requests already run on the previous level (422 at effectiveFrom)', async () => {
    const duplicate = await call(p.approver, 'POST', '/rapid-protection/service-levels', level({ workingDays: 4 }));
    expect(duplicate.status).toBe(409);
    const refused = (await duplicate.json()) as { message: string; issues: { path: string }[] };
    expect(refused.message).toContain('2025-07-01');
    // Named at the field, so the form shows it there rather than as a stale read.
    expect(refused.issues.map((i) => i.path)).toEqual(['effectiveFrom']);
    const behind = await call(p.approver, 'POST', '/rapid-protection/service-levels', level({ workingDays: 4, effectiveFrom: '2025-06-15' }));
    expect(behind.status).toBe(422);
    expect(await issuePaths(behind)).toEqual(['effectiveFrom']);
    expect(await count(`SELECT 1 FROM protection.rapid_service_levels WHERE working_days = 4`)).toBe(0);
  });

  it('lets officers and viewers read but not write, and refuses an invalid level naming the field, writing nothing', async () => {
    for (const token of [p.officer, p.viewer]) {
      expect((await call(token, 'POST', '/rapid-protection/service-levels', level({ effectiveFrom: '2099-01-01', workingDays: 9 }))).status).toBe(403);
    }
    const [seeded] = await levels('?kind=rights_determination');
    expect((await patch(p.officer, seeded!.id, { version: seeded!.version, basisZh: '改' })).status).toBe(403);
    expect(await issuePaths(await call(p.approver, 'POST', '/rapid-protection/service-levels', level({ effectiveFrom: '2099-01-01', workingDays: 0, basisEn: '' })))).toEqual(['basisEn', 'workingDays']);
    expect(await count(`SELECT 1 FROM protection.rapid_service_levels WHERE effective_from = '2099-01-01' OR working_days = 9`)).toBe(0);
    expect(await count(`SELECT 1 FROM protection.rapid_service_levels WHERE basis_zh = '改'`)).toBe(0);
  });

  it('refuses to change a level already applied, naming the field in both languages', async () => {
    const [seeded] = await levels('?kind=rights_determination');
    const refused = await patch(p.approver, seeded!.id, { version: seeded!.version, workingDays: 15 });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { message: string; issues: { path: string }[] };
    expect(body.message).toContain('「服务时限（工作日）」');
    expect(body.issues.map((i) => i.path)).toEqual(['workingDays']);
    const english = await fetch(`${p.service.baseUrl}/rapid-protection/service-levels/${seeded!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${p.approver}` },
      body: JSON.stringify({ version: seeded!.version, workingDays: 15 }),
    });
    expect(((await english.json()) as { message: string }).message).toContain('working days cannot change');
    expect((await levels('?kind=rights_determination'))[0]).toMatchObject({ workingDays: 20, version: 1 });
    expect(await audited(seeded!.id)).toEqual([]);
  });

  it('changes a scheduled level against the version read (stale → 409), keeps its date after today, and audits the change', async () => {
    let scheduled = await json<TRapidServiceLevel>(await call(p.approver, 'POST', '/rapid-protection/service-levels', level({ kind: 'rights_determination', workingDays: 15, effectiveFrom: '2099-01-01' })), 201);
    expect(scheduled.state).toBe('scheduled');
    scheduled = await json<TRapidServiceLevel>(await patch(p.approver, scheduled.id, { version: 1, workingDays: 18, effectiveFrom: '2099-03-01' }), 200);
    expect(scheduled).toMatchObject({ workingDays: 18, effectiveFrom: '2099-03-01', version: 2, state: 'scheduled' });
    expect((await patch(p.approver, scheduled.id, { version: 1, workingDays: 12 })).status).toBe(409);
    expect(await issuePaths(await patch(p.approver, scheduled.id, { version: 2, effectiveFrom: '2025-01-01' }))).toEqual(['effectiveFrom']);
    expect(await issuePaths(await patch(p.approver, scheduled.id, { version: 2 }))).toEqual(['']);
    expect((await levels('?kind=rights_determination')).find((l) => l.id === scheduled.id)).toMatchObject({ workingDays: 18, version: 2 });
    expect((await audited(scheduled.id)).map((e) => [e.action, (e.before as { workingDays?: number } | null)?.workingDays ?? null, (e.after as { workingDays: number }).workingDays])).toEqual([
      ['create', null, 15],
      ['update', 15, 18],
    ]);
  });
});
