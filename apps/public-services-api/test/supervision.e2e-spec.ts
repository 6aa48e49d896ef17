import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPage } from '@ipbureau/domain';
import type { TAgency, TAgentDetail, TSupervisionCreate, TSupervisionRecord, TSupervisionRecordDetail } from '@ipbureau/domain/public-services';
import { caller, count, expectOk, factories, failingFields, NANAO, startHarness, type Harness } from './support.js';

let h: Harness;
const api = caller(() => h);
const make = factories(() => h);
let agency: TAgency;
let agent: TAgentDetail;

beforeAll(async () => {
  h = await startHarness();
  agency = await make.agency();
  agent = await make.agent(agency.id, { practiceStartDate: '2019-01-01' });
});
afterAll(async () => {
  await h?.close();
});

const violation = (overrides: Partial<TSupervisionCreate> = {}): Partial<TSupervisionCreate> => ({
  kind: 'violation',
  agencyId: agency.id,
  violationKind: 'abnormal_applications',
  foundDate: '2022-04-26',
  description: '“蓝天”专项行动中发现代理非正常专利申请 12 件',
  sanction: 'fine',
  fineAmount: '30000.50',
  ...overrides,
});
const record = (body: Partial<TSupervisionCreate>) => expectOk<TSupervisionRecordDetail>(api('/supervision-records', { token: h.officer, body }), 201);
const act = (r: { id: string }, action: string, version: number, date = '2022-06-01') =>
  api(`/supervision-records/${r.id}/actions/${action}`, { token: h.officer, body: { version, date, note: '' } });

describe('recording supervision', () => {
  it('records a violation with an exact fine; it opens with the actions allowed from open', async () => {
    const saved = await record(violation());
    expect(saved).toMatchObject({ status: 'open', fineAmount: '30000.50', agencyName: agency.name, district: agency.district, allowedActions: ['rectify', 'close'] });
    expect(saved.history).toMatchObject([{ from: null, to: 'open', action: 'create', date: '2022-04-26' }]);
    const { rows } = await h.database.query('SELECT fine_amount::text AS fine FROM public_services.supervision_records WHERE id = $1', [saved.id]);
    expect(rows).toEqual([{ fine: '30000.50' }]);
    expect(await count(h, `audit.events WHERE entity = 'supervision-record' AND entity_id = $1`, [saved.id])).toBe(1);
  });

  it('records certificate lending by an agent under the agency the agent practised at on that date', async () => {
    const saved = await record(violation({ agencyId: null, agentId: agent.id, violationKind: 'certificate_lending', sanction: 'warning', fineAmount: null }));
    expect(saved).toMatchObject({ agentId: agent.id, agentName: agent.name, agencyId: agency.id });
  });

  it('records an inspection without violation kind or sanction', async () => {
    const saved = await record({ kind: 'inspection', agencyId: agency.id, foundDate: '2022-03-01' });
    expect(saved).toMatchObject({ kind: 'inspection', violationKind: null, sanction: null });
  });

  it('rejects inconsistent records field by field and writes nothing', async () => {
    const before = await count(h, 'public_services.supervision_records');
    const res = await api('/supervision-records', { token: h.officer, body: violation({ violationKind: null, sanction: 'fine', fineAmount: null, foundDate: 'yesterday' }) });
    expect(res.status).toBe(400);
    expect(await failingFields(res)).toEqual(['fineAmount', 'foundDate', 'violationKind']);
    const noSubject = await api('/supervision-records', { token: h.officer, body: violation({ agencyId: null, fineAmount: '1.005' }) });
    expect(await failingFields(noSubject)).toEqual(['agencyId', 'fineAmount']);
    expect(await count(h, 'public_services.supervision_records')).toBe(before);
  });

  it('is not a viewer’s to do', async () => {
    const before = await count(h, 'public_services.supervision_records');
    expect((await api('/supervision-records', { token: h.viewer, body: violation() })).status).toBe(403);
    expect(await count(h, 'public_services.supervision_records')).toBe(before);
  });
});

describe('following a record through its states', () => {
  it('rectifies, reopens, rectifies and closes, keeping every dated step', async () => {
    const r = await record(violation());
    const rectified = await expectOk<TSupervisionRecordDetail>(act(r, 'rectify', 1));
    expect(rectified).toMatchObject({ status: 'rectified', version: 2, allowedActions: ['reopen', 'close'] });
    const reopened = await expectOk<TSupervisionRecordDetail>(act(r, 'reopen', 2));
    expect(reopened.status).toBe('open');
    await expectOk(act(r, 'rectify', 3));
    const closed = await expectOk<TSupervisionRecordDetail>(act(r, 'close', 4, '2022-07-01'));
    expect(closed).toMatchObject({ status: 'closed', allowedActions: [] });
    expect(closed.history.map((e) => e.action)).toEqual(['create', 'rectify', 'reopen', 'rectify', 'close']);
    expect(await count(h, `audit.events WHERE entity = 'supervision-record' AND entity_id = $1 AND action = 'transition'`, [r.id])).toBe(4);
  });

  it('closes an open record directly', async () => {
    const r = await record(violation());
    expect((await expectOk<TSupervisionRecordDetail>(act(r, 'close', 1))).status).toBe('closed');
  });

  it('refuses an action not allowed from the status with 409 naming the allowed ones, and changes nothing', async () => {
    const r = await record(violation());
    const res = await act(r, 'reopen', 1);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toContain('rectify, close');
    expect(await count(h, `public_services.supervision_records WHERE id = $1 AND status = 'open' AND version = 1`, [r.id])).toBe(1);
    expect(await count(h, 'public_services.supervision_status_events WHERE record_id = $1', [r.id])).toBe(1);
  });

  it('refuses a stale version with 409 and an unknown action with 400', async () => {
    const r = await record(violation());
    expect((await act(r, 'rectify', 9)).status).toBe(409);
    expect((await act(r, 'forgive', 1)).status).toBe(400);
    expect(await count(h, `public_services.supervision_records WHERE id = $1 AND status = 'open'`, [r.id])).toBe(1);
  });
});

describe('listing supervision records', () => {
  it('filters by kind, status and period, and keeps a Nan’ao-only user to Nan’ao', async () => {
    const nanaoAgency = await make.agency({ district: NANAO });
    const nanao = await record(violation({ agencyId: nanaoAgency.id, foundDate: '2023-02-01', violationKind: 'improper_solicitation', sanction: null, fineAmount: null }));
    const found2023 = await expectOk<TPage<TSupervisionRecord>>(api('/supervision-records?kind=violation&foundFrom=2023-01-01&foundTo=2023-12-31', { token: h.viewer }));
    expect(found2023.items.map((r) => r.id)).toEqual([nanao.id]);
    const nanaoOnly = await h.jwks.mint(['public-services:viewer'], { scope: { kind: 'districts', districts: [NANAO] } });
    const seen = await expectOk<TPage<TSupervisionRecord>>(api('/supervision-records?pageSize=200', { token: nanaoOnly }));
    expect(seen.items.map((r) => r.id)).toEqual([nanao.id]);
    const longhuRecord = (await expectOk<TPage<TSupervisionRecord>>(api(`/supervision-records?agencyId=${agency.id}`, { token: h.viewer }))).items[0]!;
    expect((await api(`/supervision-records/${longhuRecord.id}`, { token: nanaoOnly })).status).toBe(404);
    const open = await expectOk<TPage<TSupervisionRecord>>(api('/supervision-records?status=closed&pageSize=200', { token: h.viewer }));
    expect(open.items.every((r) => r.status === 'closed')).toBe(true);
  });
});
