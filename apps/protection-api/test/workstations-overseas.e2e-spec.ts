import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricValue, TPage } from '@ipbureau/domain';
import type { TAssistance, TWorkstation, TWorkstationCreateInput, TWorkstationDetail } from '@ipbureau/domain/protection';
import { caller, CHAONAN, issuePaths, JINPING, startProtection, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const rows = async (sql: string, params: unknown[] = []) => (await p.pool.query(sql, params)).rowCount;
const value = async (key: string, query: string) => (await json<TMetricValue>(await call(p.viewer, 'GET', `/metrics/${key}?${query}`), 200)).value;

beforeAll(async () => {
  p = await startProtection();
});
afterAll(() => stopProtection(p));

let seq = 0;
const station = (extra: Partial<TWorkstationCreateInput> = {}): TWorkstationCreateInput => ({
  name: `汕头市知识产权维权援助工作站（${++seq}）`,
  hostOrganization: '汕头大学',
  industry: 'toys',
  establishedDate: '2021-03-15',
  district: JINPING,
  ...extra,
});
const createStation = async (extra: Partial<TWorkstationCreateInput> = {}) => json<TWorkstationDetail>(await call(p.officer, 'POST', '/workstations', station(extra)), 201);
const assist = (id: string, body: Record<string, unknown>) => call(p.officer, 'POST', `/workstations/${id}/assistance`, body);
const HELP = { enterpriseName: '汕头市某玩具有限公司', creditCode: '91440500MA4UJ7XK2N', matter: '电商平台仿冒产品投诉指导' };

describe('rights-protection workstations (维权援助工作站)', () => {
  it('registers a workstation, records and concludes an enterprise’s assistance request, and closes the station', async () => {
    let s = await createStation();
    expect(s).toMatchObject({ hostOrganization: '汕头大学', industry: 'toys', closedDate: null, inOperation: true, assistanceCount: 0, version: 1, assistance: [] });
    const a = await json<TAssistance>(await assist(s.id, { ...HELP, receivedDate: '2024-05-06' }), 201);
    expect(a).toMatchObject({ workstationId: s.id, workstationName: s.name, concludedDate: null, outcome: null, version: 1 });
    expect(await issuePaths(await call(p.officer, 'POST', `/workstation-assistance/${a.id}/conclude`, { version: 1, concludedDate: '2024-05-01', outcome: 'resolved' }))).toEqual(['concludedDate']);
    const done = await json<TAssistance>(await call(p.officer, 'POST', `/workstation-assistance/${a.id}/conclude`, { version: 1, concludedDate: '2024-05-20', outcome: 'referred', outcomeNote: '转市场监管局立案' }), 201);
    expect(done).toMatchObject({ concludedDate: '2024-05-20', outcome: 'referred', version: 2 });
    expect((await call(p.officer, 'POST', `/workstation-assistance/${a.id}/conclude`, { version: 2, concludedDate: '2024-05-21', outcome: 'resolved' })).status).toBe(409);

    // Closing on or before the last assistance received is refused; a stale version too.
    expect(await issuePaths(await call(p.officer, 'PATCH', `/workstations/${s.id}`, { version: 1, closedDate: '2024-05-06' }))).toEqual(['closedDate']);
    s = await json<TWorkstationDetail>(await call(p.officer, 'PATCH', `/workstations/${s.id}`, { version: 1, closedDate: '2024-12-31' }), 200);
    expect(s).toMatchObject({ closedDate: '2024-12-31', inOperation: false, version: 2, assistanceCount: 1 });
    expect((await call(p.officer, 'PATCH', `/workstations/${s.id}`, { version: 1, hostOrganization: '汕头大学法学院' })).status).toBe(409);
    expect(await rows(`SELECT 1 FROM audit.events WHERE entity = 'workstation' AND entity_id = $1`, [s.id])).toBe(2);
    expect(await rows(`SELECT 1 FROM audit.events WHERE entity = 'workstation_assistance' AND entity_id = $1`, [a.id])).toBe(2);
  });

  it('refuses assistance on a date the station was not in operation (422 at receivedDate), a bad credit code and a viewer, writing nothing', async () => {
    const s = await createStation({ establishedDate: '2022-01-10', closedDate: '2023-06-30' });
    for (const receivedDate of ['2022-01-09', '2023-06-30']) {
      const res = await assist(s.id, { ...HELP, matter: '不在运行期', receivedDate });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['receivedDate']);
    }
    expect(await issuePaths(await assist(s.id, { ...HELP, matter: '坏代码', creditCode: 'BAD', receivedDate: '2022-05-05' }))).toEqual(['creditCode']);
    expect((await call(p.viewer, 'POST', `/workstations/${s.id}/assistance`, { ...HELP, matter: '查看者', receivedDate: '2022-05-05' })).status).toBe(403);
    expect(await rows(`SELECT 1 FROM protection.workstation_assistance WHERE matter IN ('不在运行期', '坏代码', '查看者')`)).toBe(0);
    expect(await issuePaths(await call(p.officer, 'POST', '/workstations', station({ establishedDate: '2022-01-10', closedDate: '2021-01-01' })))).toEqual(['closedDate']);
  });

  it('lists workstations in operation on a date and assistance by workstation and period; counts them as metrics', async () => {
    const open = await createStation({ establishedDate: '2020-07-01', district: CHAONAN, industry: 'textiles' });
    const closed = await createStation({ establishedDate: '2020-07-01', closedDate: '2020-12-01', district: CHAONAN, industry: 'textiles' });
    const ids = async (date: string) => (await json<TPage<TWorkstation>>(await call(p.viewer, 'GET', `/workstations?operatingOn=${date}&district=${CHAONAN}`), 200)).items.map((w) => w.id).sort();
    expect(await ids('2020-11-30')).toEqual([open.id, closed.id].sort());
    expect(await ids('2020-12-01')).toEqual([open.id]);
    expect(await value('workstations.in_operation', `asOf=2020-11-30&district=${CHAONAN}`)).toBe('2');
    expect(await value('workstations.in_operation', `asOf=2020-12-01&district=${CHAONAN}`)).toBe('1');
    expect(await value('workstations.in_operation', `asOf=2020-06-30&district=${CHAONAN}`)).toBe('0');
    await json(await assist(open.id, { ...HELP, receivedDate: '2020-08-03' }), 201);
    await json(await assist(open.id, { ...HELP, creditCode: null, receivedDate: '2020-09-03' }), 201);
    await json(await assist(closed.id, { ...HELP, receivedDate: '2020-09-04' }), 201);
    const listed = await json<TPage<TAssistance>>(await call(p.viewer, 'GET', `/workstation-assistance?workstationId=${open.id}&from=2020-09-01&to=2020-09-30`), 200);
    expect(listed.items.map((a) => [a.receivedDate, a.creditCode])).toEqual([['2020-09-03', null]]);
    expect(await value('workstations.assistance_in_period', `from=2020-09-01&to=2020-09-30&district=${CHAONAN}`)).toBe('2');
    expect(await value('workstations.assistance_in_period', `from=2020-09-01&to=2020-09-30&district=${JINPING}`)).toBe('0');
  });
});
