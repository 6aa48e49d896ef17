import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricValue, TPage } from '@ipbureau/domain';
import type { TAssistance, TOverseasDisputeCreateInput, TOverseasDisputeDetail, TRiskAlert, TRiskAlertDetail, TWorkstation, TWorkstationCreateInput, TWorkstationDetail } from '@ipbureau/domain/protection';
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

const dispute = (extra: Partial<TOverseasDisputeCreateInput> = {}): TOverseasDisputeCreateInput => ({
  creditCode: '91440500MA4W000010',
  enterpriseName: '汕头市某玩具出口有限公司',
  country: '美国',
  kind: 'patent_infringement',
  opponent: 'Example Toys Inc.',
  amount: '125000.50',
  currency: 'usd',
  reportedDate: '2024-03-01',
  district: JINPING,
  ...extra,
});
const report = async (extra: Partial<TOverseasDisputeCreateInput> = {}) => json<TOverseasDisputeDetail>(await call(p.officer, 'POST', '/overseas/disputes', dispute(extra)), 201);
const move = (token: string, d: { id: string; version: number }, body: Record<string, unknown>) => call(token, 'POST', `/overseas/disputes/${d.id}/transitions`, { ...body, version: d.version });
const moved = async (d: { id: string; version: number }, body: Record<string, unknown>) => json<TOverseasDisputeDetail>(await move(p.officer, d, body), 201);

describe('overseas assistance (海外维权援助)', () => {
  it('records a dispute with its exact amount and currency, the assistance given twice and its resolution, dated', async () => {
    let d = await report();
    expect(d).toMatchObject({ amount: '125000.50', currency: 'USD', status: 'reported', allowedActions: ['assist', 'close'], version: 1 });
    const refused = await move(p.officer, d, { action: 'resolve', effectiveDate: '2024-03-02', assistance: 'x' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toContain('记录援助（assist）');
    d = await moved(d, { action: 'assist', effectiveDate: '2024-03-05', assistance: '组织专家研判侵权风险，推荐美国律师' });
    d = await moved(d, { action: 'assist', effectiveDate: '2024-04-10', assistance: '协助准备不侵权抗辩材料' });
    expect(await issuePaths(await move(p.officer, d, { action: 'resolve', effectiveDate: '2024-04-01', assistance: '和解' }))).toEqual(['effectiveDate']);
    d = await moved(d, { action: 'resolve', effectiveDate: '2024-06-20', assistance: '双方和解，对方撤诉' });
    expect(d).toMatchObject({ status: 'resolved', statusDate: '2024-06-20', version: 4, allowedActions: [] });
    expect(d.timeline.map((e) => [e.action, e.toStatus, e.effectiveDate, e.assistance])).toEqual([
      ['report', 'reported', '2024-03-01', null],
      ['assist', 'assisting', '2024-03-05', '组织专家研判侵权风险，推荐美国律师'],
      ['assist', 'assisting', '2024-04-10', '协助准备不侵权抗辩材料'],
      ['resolve', 'resolved', '2024-06-20', '双方和解，对方撤诉'],
    ]);
    expect((await move(p.officer, { id: d.id, version: 3 }, { action: 'close', effectiveDate: '2024-06-21', assistance: 'x' })).status).toBe(409);
    expect(await rows(`SELECT 1 FROM audit.events WHERE entity = 'overseas_dispute' AND entity_id = $1`, [d.id])).toBe(4);
    expect((await p.pool.query(`SELECT amount::text FROM protection.overseas_disputes WHERE id = $1`, [d.id])).rows[0]).toEqual({ amount: '125000.50' });
  });

  it('refuses an amount without its currency, a bad amount and a viewer, writing nothing', async () => {
    expect(await issuePaths(await call(p.officer, 'POST', '/overseas/disputes', dispute({ opponent: '无币种', currency: null })))).toEqual(['currency']);
    expect(await issuePaths(await call(p.officer, 'POST', '/overseas/disputes', dispute({ opponent: '坏金额', amount: '12.345' })))).toEqual(['amount']);
    expect((await call(p.viewer, 'POST', '/overseas/disputes', dispute({ opponent: '查看者' }))).status).toBe(403);
    expect(await rows(`SELECT 1 FROM protection.overseas_disputes WHERE opponent IN ('无币种', '坏金额', '查看者')`)).toBe(0);
  });

  it('counts disputes assisted in a period once each, by district', async () => {
    let a = await report({ reportedDate: '2023-01-05' });
    a = await moved(a, { action: 'assist', effectiveDate: '2023-02-01', assistance: '咨询' });
    await moved(a, { action: 'assist', effectiveDate: '2023-02-15', assistance: '推荐律师' });
    const b = await report({ reportedDate: '2023-01-05', district: CHAONAN, amount: null, currency: null });
    await moved(b, { action: 'assist', effectiveDate: '2023-02-20', assistance: '咨询' });
    await report({ reportedDate: '2023-02-05' });
    expect(await value('overseas.disputes_assisted_in_period', 'from=2023-02-01&to=2023-02-28')).toBe('2');
    expect(await value('overseas.disputes_assisted_in_period', `from=2023-02-01&to=2023-02-28&district=${JINPING}`)).toBe('1');
    expect(await value('overseas.disputes_assisted_in_period', 'from=2023-03-01&to=2023-03-31')).toBe('0');
  });

  it('publishes a risk alert to the enterprises of the industry the pillar knows and records them', async () => {
    const crafts = await createStation({ industry: 'crafts', establishedDate: '2020-01-01' });
    const electronics = await createStation({ industry: 'electronics', establishedDate: '2020-01-01' });
    const A = { enterpriseName: '汕头市某工艺品有限公司', creditCode: '91440500MA4W000023', matter: '外观设计被仿冒' };
    await json(await assist(crafts.id, { ...A, receivedDate: '2024-02-01' }), 201);
    await json(await assist(crafts.id, { ...A, receivedDate: '2024-03-01' }), 201);
    await json(await assist(crafts.id, { enterpriseName: '无代码的个体户', creditCode: null, matter: '咨询', receivedDate: '2024-02-01' }), 201);
    await json(await assist(crafts.id, { enterpriseName: '以后才来的企业', creditCode: '91440500MA4W000036', matter: '咨询', receivedDate: '2024-09-01' }), 201);
    await json(await assist(electronics.id, { enterpriseName: '汕头市某电子有限公司', creditCode: '91440500MA4W000049', matter: '咨询', receivedDate: '2024-02-01' }), 201);
    const alert = await json<TRiskAlertDetail>(
      await call(p.officer, 'POST', '/overseas/risk-alerts', { title: '欧盟玩具及工艺品外观设计维权风险提示', industry: 'crafts', publishedDate: '2024-06-01', content: '近期欧盟海关加强对仿冒外观设计商品的查扣……' }),
      201,
    );
    expect(alert).toMatchObject({ industry: 'crafts', recipientCount: 1, recipients: [{ creditCode: A.creditCode, name: A.enterpriseName, source: 'workstation', district: JINPING }] });

    // The centre's fields: enterprises registered with the centre with a request in the field.
    const entity = { creditCode: '91440500MA4W000049', name: '汕头市某电子有限公司', registeredDate: '2024-01-01', district: CHAONAN };
    await json(await call(p.officer, 'POST', '/rapid-protection/entities', entity), 201);
    await json(
      await call(p.officer, 'POST', '/rapid-protection/requests', {
        kind: 'pre_examination',
        applicationNumber: '202410001001.1',
        patentType: 'invention',
        title: '一种电子元件封装用环氧树脂',
        technicalField: 'chemicals',
        creditCode: entity.creditCode,
        submittedDate: '2024-02-01',
        district: CHAONAN,
      }),
      201,
    );
    const chemicals = await json<TRiskAlertDetail>(await call(p.officer, 'POST', '/overseas/risk-alerts', { title: '美国化工产品337调查风险提示', industry: 'chemicals', publishedDate: '2024-06-01', content: '……' }), 201);
    expect(chemicals.recipients).toEqual([{ creditCode: entity.creditCode, name: entity.name, source: 'rapid_centre', district: CHAONAN }]);
    const listed = await json<{ items: TRiskAlert[] }>(await call(p.viewer, 'GET', '/overseas/risk-alerts?industry=crafts'), 200);
    expect(listed.items.map((a) => [a.id, a.recipientCount])).toEqual([[alert.id, 1]]);
    expect(await rows(`SELECT 1 FROM audit.events WHERE entity = 'overseas_risk_alert'`)).toBe(2);
    for (const list of ['/workstations', '/workstation-assistance', '/overseas/disputes', '/overseas/risk-alerts', '/rapid-protection/entities']) {
      const sheet = await call(p.viewer, 'GET', `${list}?format=xlsx`);
      expect(sheet.status, list).toBe(200);
      expect(sheet.headers.get('content-type')).toContain('spreadsheetml');
    }
    expect((await call(p.viewer, 'POST', '/overseas/risk-alerts', { title: 'x', industry: 'toys', publishedDate: '2024-06-01', content: 'x' })).status).toBe(403);
  });
});
