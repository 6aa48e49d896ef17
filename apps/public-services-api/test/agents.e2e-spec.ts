import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPage } from '@ipbureau/domain';
import type { TAgency, TAgent, TAgentDetail } from '@ipbureau/domain/public-services';
import { agentInput, caller, count, expectOk, factories, failingFields, NANAO, startHarness, type Harness } from './support.js';

let h: Harness;
const api = caller(() => h);
const make = factories(() => h);

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('registering a practising patent agent', () => {
  let agency: TAgency;
  beforeAll(async () => {
    agency = await make.agency();
  });

  it('records the agent with an open practice at the agency, in the agency’s district, audited once', async () => {
    const agent = await make.agent(agency.id, { practiceStartDate: '2019-05-06' });
    expect(agent).toMatchObject({ district: agency.district, version: 1, current: { agencyId: agency.id, agencyName: agency.name, startDate: '2019-05-06', endDate: null } });
    expect(agent.practices).toHaveLength(1);
    expect(await count(h, `audit.events WHERE entity = 'patent-agent' AND entity_id = $1`, [agent.id])).toBe(1);
    const read = await expectOk<TAgentDetail>(api(`/agents/${agent.id}`, { token: h.viewer }));
    expect(read.current?.agencyId).toBe(agency.id);
  });

  it('refuses a second agent with the same licence number, and writes nothing', async () => {
    const first = await make.agent(agency.id);
    const res = await api('/agents', { token: h.officer, body: agentInput(agency.id, { licenceNumber: first.licenceNumber }) });
    expect(res.status).toBe(409);
    expect(await count(h, 'public_services.patent_agents WHERE licence_number = $1', [first.licenceNumber])).toBe(1);
  });

  it('rejects a bad body field by field and writes nothing', async () => {
    const input = agentInput(agency.id);
    const res = await api('/agents', { token: h.officer, body: { ...input, agencyId: 'nope', practiceStartDate: '2019-13-01', extra: 1 } });
    expect(res.status).toBe(400);
    expect(await failingFields(res)).toEqual(['agencyId', 'extra', 'practiceStartDate']);
    expect(await count(h, 'public_services.patent_agents WHERE licence_number = $1', [input.licenceNumber])).toBe(0);
  });

  it('is not a viewer’s to do', async () => {
    const input = agentInput(agency.id);
    expect((await api('/agents', { token: h.viewer, body: input })).status).toBe(403);
    const creationOfficer = await h.jwks.mint(['creation:officer']);
    expect((await api('/agents', { token: creationOfficer, body: input })).status).toBe(403);
    expect((await api('/agents', { token: creationOfficer })).status).toBe(403);
    expect(await count(h, 'public_services.patent_agents WHERE licence_number = $1', [input.licenceNumber])).toBe(0);
  });

  it('refuses a start before the agency existed or at a trademark-only agency with 422', async () => {
    expect((await api('/agents', { token: h.officer, body: agentInput(agency.id, { practiceStartDate: '2009-12-31' }) })).status).toBe(422);
    const trademark = await make.agency({ kind: 'trademark', licenceNumber: null });
    expect((await api('/agents', { token: h.officer, body: agentInput(trademark.id) })).status).toBe(422);
  });
});

describe('an agent practises at one agency at a time', () => {
  let first: TAgency;
  let second: TAgency;
  beforeAll(async () => {
    first = await make.agency();
    second = await make.agency({ district: NANAO });
  });

  it('moves an agent: the practice at the old agency ends on the date and the new one starts on it', async () => {
    const agent = await make.agent(first.id, { practiceStartDate: '2018-01-01' });
    const moved = await expectOk<TAgentDetail>(api(`/agents/${agent.id}/move`, { token: h.officer, body: { version: 1, agencyId: second.id, date: '2021-07-01' } }));
    expect(moved.version).toBe(2);
    expect(moved.district).toBe(NANAO);
    expect(moved.current).toMatchObject({ agencyId: second.id, startDate: '2021-07-01', endDate: null });
    expect(moved.practices.map((p) => [p.agencyId, p.startDate, p.endDate])).toEqual([
      [second.id, '2021-07-01', null],
      [first.id, '2018-01-01', '2021-07-01'],
    ]);
    const atFirstIn2020 = await expectOk<TPage<TAgent>>(api(`/agents?agencyId=${first.id}&practisingOn=2020-06-30`, { token: h.viewer }));
    expect(atFirstIn2020.items.map((a) => a.id)).toContain(agent.id);
    const atFirstNow = await expectOk<TPage<TAgent>>(api(`/agents?agencyId=${first.id}`, { token: h.viewer }));
    expect(atFirstNow.items.map((a) => a.id)).not.toContain(agent.id);
  });

  it('refuses a practice overlapping another with 409, naming the agency, and writes nothing', async () => {
    const agent = await make.agent(first.id, { practiceStartDate: '2018-01-01' });
    const res = await api(`/agents/${agent.id}/practices`, { token: h.officer, body: { agencyId: second.id, startDate: '2020-01-01' } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toContain(first.name);
    expect(await count(h, 'public_services.agent_practices WHERE agent_id = $1', [agent.id])).toBe(1);
    // A past practice that ended before the current one began is fine.
    const withPast = await expectOk<TAgentDetail>(api(`/agents/${agent.id}/practices`, { token: h.officer, body: { agencyId: second.id, startDate: '2015-01-01', endDate: '2018-01-01' } }), 201);
    expect(withPast.practices).toHaveLength(2);
    expect(withPast.current?.agencyId).toBe(first.id);
  });

  it('enforces the rule in PostgreSQL too, for a writer that bypasses the service', async () => {
    const agent = await make.agent(first.id, { practiceStartDate: '2018-01-01' });
    await expect(
      h.database.query(`INSERT INTO public_services.agent_practices (agent_id, agency_id, start_date, region_code, created_by) VALUES ($1, $2, '2019-01-01', '440523', gen_random_uuid())`, [agent.id, second.id]),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('lets only one of two concurrent starts at different agencies succeed', async () => {
    const agent = await make.agent(first.id, { practiceStartDate: '2018-01-01' });
    await expectOk(api(`/agents/${agent.id}/end-practice`, { token: h.officer, body: { version: 1, date: '2019-01-01' } }));
    const [a, b] = await Promise.all([
      api(`/agents/${agent.id}/practices`, { token: h.officer, body: { agencyId: first.id, startDate: '2020-01-01' } }),
      api(`/agents/${agent.id}/practices`, { token: h.officer, body: { agencyId: second.id, startDate: '2020-06-01' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await count(h, 'public_services.agent_practices WHERE agent_id = $1 AND end_date IS NULL', [agent.id])).toBe(1);
  });

  it('refuses a move with a stale version and writes nothing', async () => {
    const agent = await make.agent(first.id);
    const res = await api(`/agents/${agent.id}/move`, { token: h.officer, body: { version: 7, agencyId: second.id, date: '2022-01-01' } });
    expect(res.status).toBe(409);
    expect(await count(h, 'public_services.agent_practices WHERE agent_id = $1', [agent.id])).toBe(1);
  });

  it('ends a practice: the agent is no longer practising from that date', async () => {
    const agent = await make.agent(first.id, { practiceStartDate: '2018-01-01' });
    const ended = await expectOk<TAgentDetail>(api(`/agents/${agent.id}/end-practice`, { token: h.officer, body: { version: 1, date: '2023-01-01' } }));
    expect(ended.current).toBeNull();
    expect(ended.practices[0]?.endDate).toBe('2023-01-01');
    expect((await api(`/agents/${agent.id}/end-practice`, { token: h.officer, body: { version: 2, date: '2024-01-01' } })).status).toBe(409);
  });

  it('keeps a Longhu-only user to agents of Longhu', async () => {
    const nanaoAgent = await make.agent(second.id);
    const longhuOnly = await h.jwks.mint(['public-services:viewer'], { scope: { kind: 'districts', districts: ['440507'] } });
    expect((await api(`/agents/${nanaoAgent.id}`, { token: longhuOnly })).status).toBe(404);
    const listed = await expectOk<TPage<TAgent>>(api('/agents?pageSize=200', { token: longhuOnly }));
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((a) => a.district === '440507')).toBe(true);
  });
});

describe('changing and deregistering an agency', () => {
  it('changes the register entry against the version read, and refuses a stale version', async () => {
    const agency = await make.agency();
    const changed = await expectOk<TAgency>(api(`/agencies/${agency.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, name: '汕头市更名专利代理事务所' } }));
    expect(changed).toMatchObject({ name: '汕头市更名专利代理事务所', version: 2 });
    const stale = await api(`/agencies/${agency.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, name: '又一个名字' } });
    expect(stale.status).toBe(409);
    const { rows } = await h.database.query('SELECT name, version FROM public_services.agencies WHERE id = $1', [agency.id]);
    expect(rows).toEqual([{ name: '汕头市更名专利代理事务所', version: 2 }]);
    expect(await count(h, `audit.events WHERE entity = 'agency' AND entity_id = $1 AND action = 'update'`, [agency.id])).toBe(1);
  });

  it('rejects an unknown field in a change and writes nothing; a viewer may not change', async () => {
    const agency = await make.agency();
    const res = await api(`/agencies/${agency.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, creditCode: 'x' } });
    expect(res.status).toBe(400);
    expect(await failingFields(res)).toEqual(['creditCode']);
    expect((await api(`/agencies/${agency.id}`, { token: h.viewer, method: 'PATCH', body: { version: 1, name: 'x' } })).status).toBe(403);
    expect(await count(h, 'public_services.agencies WHERE id = $1 AND version = 1', [agency.id])).toBe(1);
  });

  it('deregisters an agency once its agents have left, and lists agencies as of a date', async () => {
    const agency = await make.agency({ establishedDate: '2012-01-01' });
    const elsewhere = await make.agency();
    const agent = await make.agent(agency.id, { practiceStartDate: '2015-01-01' });
    const blocked = await api(`/agencies/${agency.id}/deregister`, { token: h.officer, body: { version: 1, date: '2022-01-01' } });
    expect(blocked.status).toBe(409);
    await expectOk(api(`/agents/${agent.id}/move`, { token: h.officer, body: { version: 1, agencyId: elsewhere.id, date: '2021-12-01' } }));
    const gone = await expectOk<TAgency>(api(`/agencies/${agency.id}/deregister`, { token: h.officer, body: { version: 1, date: '2022-01-01' } }));
    expect(gone).toMatchObject({ status: 'deregistered', deregisteredDate: '2022-01-01', version: 2 });
    const in2021 = await expectOk<TPage<TAgency>>(api('/agencies?activeOn=2021-12-31&pageSize=200', { token: h.viewer }));
    expect(in2021.items.map((a) => a.id)).toContain(agency.id);
    const in2022 = await expectOk<TPage<TAgency>>(api('/agencies?activeOn=2022-01-01&pageSize=200', { token: h.viewer }));
    expect(in2022.items.map((a) => a.id)).not.toContain(agency.id);
    expect((await api(`/agencies/${agency.id}/deregister`, { token: h.officer, body: { version: 2, date: '2023-01-01' } })).status).toBe(409);
    expect((await api('/agents', { token: h.officer, body: agentInput(agency.id, { practiceStartDate: '2022-06-01' }) })).status).toBe(422);
  });
});
