import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventQueue, ZEventEnvelope, type TEventEnvelope } from '@ipbureau/domain';
import type { TAgencyFacts, TAgencyFactsRow } from '@ipbureau/domain/creation';
import { ZBlacklistReferredEvent, type TAgency, type TAgentDetail, type TSupervisionCreate, type TSupervisionRecordDetail, type TSupervisionResults } from '@ipbureau/domain/public-services';
import { caller, expectOk, factories, startHarness, type Harness } from './support.js';

// Two behaviours of supervision that reach other pillars: the referral of a sanctioned agency to
// protection's blacklist (an event in the closing transaction), and supervision by results
// (creation's agency facts over HTTP, here from a small fake creation server).

/** A fake creation pillar answering `GET /api/creation/agency-facts` from rows the test sets. */
interface FakeCreation {
  url: string;
  rows: TAgencyFactsRow[];
  mode: 'ok' | 'error' | 'forbidden' | 'malformed';
  calls: { query: Record<string, string>; authorization: string | undefined }[];
  close(): Promise<void>;
}

async function startFakeCreation(): Promise<FakeCreation> {
  const fake: Omit<FakeCreation, 'url' | 'close'> = { rows: [], mode: 'ok', calls: [] };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/api/creation/agency-facts') return reply(404, { message: 'not found' });
    const query = Object.fromEntries(url.searchParams);
    fake.calls.push({ query, authorization: req.headers.authorization });
    if (fake.mode === 'error') return reply(500, { message: 'boom' });
    if (fake.mode === 'forbidden') return reply(403, { message: 'no creation role' });
    if (fake.mode === 'malformed') return reply(200, { items: [{ agencyCreditCode: 'nonsense' }] });
    const body: TAgencyFacts = { from: query.from!, to: query.to!, items: fake.rows };
    return reply(200, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/api/creation`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeCreation;
}

let h: Harness;
let creation: FakeCreation;
const api = caller(() => h);
const make = factories(() => h);
let agency: TAgency;
let agent: TAgentDetail;

beforeAll(async () => {
  creation = await startFakeCreation();
  h = await startHarness({ pillarUrls: { creation: creation.url }, pillarTimeoutMs: 2_000, supervisionOutlierRule: { abnormalShareAbove: 0.05, grantRateBelowCityBy: 0.15, minFiled: 10 } });
  agency = await make.agency({ name: '汕头市蓝天专利代理事务所' });
  agent = await make.agent(agency.id, { name: '郑代理', practiceStartDate: '2019-01-01' });
});
afterAll(async () => {
  await h?.close();
  await creation?.close();
});

const violation = (overrides: Partial<TSupervisionCreate> = {}): Partial<TSupervisionCreate> => ({
  kind: 'violation',
  agencyId: agency.id,
  violationKind: 'abnormal_applications',
  foundDate: '2024-04-26',
  description: '代理非正常专利申请 12 件',
  sanction: 'fine',
  fineAmount: '30000.00',
  ...overrides,
});
const record = (body: Partial<TSupervisionCreate>) => expectOk<TSupervisionRecordDetail>(api('/supervision-records', { token: h.officer, body }), 201);
const act = (r: { id: string }, action: string, version: number, date = '2024-06-01') =>
  api(`/supervision-records/${r.id}/actions/${action}`, { token: h.officer, body: { version, date, note: '' } });

/** The blacklist referrals waiting in protection's queue for one supervision record. */
async function referralsOf(recordId: string): Promise<TEventEnvelope[]> {
  const { rows } = await h.database.query<{ data: unknown }>(
    `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'type' = 'blacklist.referred' AND data->'data'->>'referralId' = $2 ORDER BY created_on`,
    [eventQueue('protection'), recordId],
  );
  return rows.map((r) => ZEventEnvelope.parse(r.data));
}

describe('referral of a sanctioned agency to the protection pillar’s blacklist', () => {
  it('publishes exactly one blacklist.referred when a sanctioned violation is closed, and the record shows it', async () => {
    const r = await record(violation());
    expect(r.blacklistReferral).toBeNull();
    await expectOk(act(r, 'rectify', 1, '2024-05-10'));
    expect(await referralsOf(r.id)).toEqual([]);

    const closed = await expectOk<TSupervisionRecordDetail>(act(r, 'close', 2, '2024-06-01'));
    const events = await referralsOf(r.id);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ type: 'blacklist.referred', source: 'public-services', regionCode: agency.district });
    // What the protection consumer will parse: the contract, with the envelope's id as eventId.
    const message = ZBlacklistReferredEvent.parse({ type: event!.type, eventId: event!.id, ...event!.data });
    expect(message).toMatchObject({ referralId: r.id, creditCode: agency.creditCode, name: agency.name, subjectKind: 'agency', violation: 'abnormal_applications', decidedOn: '2024-06-01' });
    expect(message.grounds).toContain('罚款 30000.00 元');
    expect(closed.blacklistReferral).toEqual({ eventId: event!.id, referredOn: '2024-06-01' });
    expect((await expectOk<TSupervisionRecordDetail>(api(`/supervision-records/${r.id}`, { token: h.viewer }))).blacklistReferral?.eventId).toBe(event!.id);

    // Closed is final: a second close is refused and publishes nothing more.
    expect((await act(r, 'close', 3)).status).toBe(409);
    expect(await referralsOf(r.id)).toHaveLength(1);
  });

  it('refers the agency an agent practised at when the agent is sanctioned', async () => {
    const r = await record(violation({ agencyId: null, agentId: agent.id, violationKind: 'certificate_lending', sanction: 'suspension', fineAmount: null }));
    await expectOk(act(r, 'close', 1));
    const [event] = await referralsOf(r.id);
    expect(event?.data).toMatchObject({ creditCode: agency.creditCode, violation: 'certificate_lending' });
  });

  it('publishes nothing for a refused close (stale version), nor for a violation without sanction or an inspection', async () => {
    const r = await record(violation());
    expect((await act(r, 'close', 7)).status).toBe(409);
    expect(await referralsOf(r.id)).toEqual([]);
    const { rows } = await h.database.query(`SELECT status, referral_event_id FROM public_services.supervision_records WHERE id = $1`, [r.id]);
    expect(rows).toEqual([{ status: 'open', referral_event_id: null }]);

    const unsanctioned = await record(violation({ sanction: null, fineAmount: null }));
    const inspection = await record({ kind: 'inspection', agencyId: agency.id, foundDate: '2024-03-01' });
    for (const x of [unsanctioned, inspection]) {
      const closed = await expectOk<TSupervisionRecordDetail>(act(x, 'close', 1));
      expect(closed.blacklistReferral).toBeNull();
      expect(await referralsOf(x.id)).toEqual([]);
    }
  });
});

describe('supervision by results, from the creation pillar’s agency facts', () => {
  const facts = (agencyCreditCode: string, agentLicenceNumber: string | null, filed: number, granted: number, refusedOrWithdrawn: number, flaggedAbnormal: number): TAgencyFactsRow => ({
    agencyCreditCode,
    agentLicenceNumber,
    filed,
    granted,
    refusedOrWithdrawn,
    flaggedAbnormal,
  });

  it('ranks agencies with rates, joins names, flags outliers by the rule, and forwards the caller’s token and window', async () => {
    const good = await make.agency({ name: '汕头市优质知识产权代理有限公司' });
    const unknownCode = '91350100M000100Y43';
    creation.mode = 'ok';
    creation.rows = [
      // The sanctioned agency: 8 of 40 abnormal (20 %), 10 granted of 30 decided.
      facts(agency.creditCode, null, 40, 10, 20, 8),
      facts(agency.creditCode, agent.licenceNumber, 25, 5, 15, 8),
      // A good agency: 60 filed, 45 granted of 50 decided, nothing abnormal.
      facts(good.creditCode, null, 60, 45, 5, 0),
      // An agency this pillar does not register, too small to judge (5 filed, all refused).
      facts(unknownCode, null, 5, 0, 5, 0),
    ];
    const before = creation.calls.length;
    const results = await expectOk<TSupervisionResults>(api('/supervision/results?from=2024-01-01&to=2024-12-31&district=440507', { token: h.viewer }));

    expect(creation.calls.slice(before)).toEqual([{ query: { from: '2024-01-01', to: '2024-12-31', district: '440507' }, authorization: `Bearer ${h.viewer}` }]);
    // Overall: 55 granted of 85 decided; 8 abnormal of 105 filed.
    expect(results).toMatchObject({ from: '2024-01-01', to: '2024-12-31', district: '440507', overallGrantRate: 0.6471, overallAbnormalShare: 0.0762 });
    expect(results.agencies.map((a) => [a.rank, a.name, a.grantRate, a.abnormalShare, a.outlier, a.outlierReasons])).toEqual([
      [1, agency.name, 0.3333, 0.2, true, ['abnormal_share', 'low_grant_rate']],
      // Not flagged: neither too few to judge (below minFiled) nor a good one; the lower grant rate ranks first.
      [2, null, 0, 0, false, []],
      [3, good.name, 0.9, 0, false, []],
    ]);
    expect(results.agencies[0]!.agents).toMatchObject([{ licenceNumber: agent.licenceNumber, agentId: agent.id, name: '郑代理', grantRate: 0.25, abnormalShare: 0.32, outlier: true }]);
    expect(results.agencies[1]).toMatchObject({ creditCode: unknownCode, agencyId: null, filed: 5 });
  });

  it('answers 503 with a clear message when creation fails, cannot be read or cannot be reached, and 403 when it refuses the caller', async () => {
    const ask = () => api('/supervision/results?from=2024-01-01&to=2024-12-31', { token: h.viewer });
    creation.mode = 'error';
    const failing = await ask();
    expect(failing.status).toBe(503);
    expect(((await failing.json()) as { message: string }).message).toBe('Supervision results need the creation pillar’s facts: The creation service answered with an error (HTTP 500)');
    creation.mode = 'malformed';
    expect((await ask()).status).toBe(503);
    creation.mode = 'forbidden';
    expect((await ask()).status).toBe(403);

    const bad = await api('/supervision/results?from=2024-12-31&to=2024-01-01', { token: h.viewer });
    expect(bad.status).toBe(400);

    await creation.close();
    const down = await ask();
    expect(down.status).toBe(503);
    expect(((await down.json()) as { message: string }).message).toContain('cannot be reached');
  });
});
