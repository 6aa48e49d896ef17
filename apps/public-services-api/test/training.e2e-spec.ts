import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPage } from '@ipbureau/domain';
import type { TTrainingEvent, TTrainingEventCreate } from '@ipbureau/domain/public-services';
import { caller, count, expectOk, failingFields, LONGHU, NANAO, startHarness, type Harness } from './support.js';

let h: Harness;
const api = caller(() => h);

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

let made = 0;
const eventInput = (overrides: Partial<TTrainingEventCreate> = {}): TTrainingEventCreate => {
  made += 1;
  return {
    kind: 'training',
    topic: `企业知识产权管理规范培训（第${made}期）`,
    audience: 'enterprises',
    date: '2022-04-20',
    online: false,
    venue: '汕头市科技馆报告厅',
    district: LONGHU,
    plannedCount: 120,
    attendedCount: null,
    ...overrides,
  };
};
const create = (input: TTrainingEventCreate) => expectOk<TTrainingEvent>(api('/training-events', { token: h.officer, body: input }), 201);

describe('training and publicity events', () => {
  it('records an on-site training and then its attendance, against the version read', async () => {
    const event = await create(eventInput());
    expect(event).toMatchObject({ attendedCount: null, version: 1, district: LONGHU });
    const updated = await expectOk<TTrainingEvent>(api(`/training-events/${event.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, attendedCount: 98 } }));
    expect(updated).toMatchObject({ attendedCount: 98, version: 2 });
    const stale = await api(`/training-events/${event.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, attendedCount: 5 } });
    expect(stale.status).toBe(409);
    expect(await count(h, 'public_services.training_events WHERE id = $1 AND attended_count = 98', [event.id])).toBe(1);
    expect(await count(h, `audit.events WHERE entity = 'training-event' AND entity_id = $1`, [event.id])).toBe(2);
  });

  it('records an online publicity event without a venue', async () => {
    const event = await create(eventInput({ kind: 'publicity', topic: '4·26 世界知识产权日线上宣传', online: true, venue: null, audience: 'public' }));
    expect(event).toMatchObject({ online: true, venue: null, kind: 'publicity' });
  });

  it('rejects an on-site event without a venue and other bad fields, writing nothing', async () => {
    const before = await count(h, 'public_services.training_events');
    const res = await api('/training-events', { token: h.officer, body: { ...eventInput({ venue: null }), plannedCount: -1, date: '2022-02-30' } });
    expect(res.status).toBe(400);
    expect(await failingFields(res)).toEqual(['date', 'plannedCount', 'venue']);
    const unknownAudience = await api('/training-events', { token: h.officer, body: { ...eventInput(), audience: 'pets' } });
    expect(await failingFields(unknownAudience)).toEqual(['audience']);
    expect(await count(h, 'public_services.training_events')).toBe(before);
  });

  it('refuses to move an event on-site without a venue with 422', async () => {
    const event = await create(eventInput({ online: true, venue: null }));
    expect((await api(`/training-events/${event.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, online: false } })).status).toBe(422);
  });

  it('is not a viewer’s or another pillar’s officer’s to record', async () => {
    const before = await count(h, 'public_services.training_events');
    expect((await api('/training-events', { token: h.viewer, body: eventInput() })).status).toBe(403);
    const protectionOfficer = await h.jwks.mint(['protection:officer']);
    expect((await api('/training-events', { token: protectionOfficer, body: eventInput() })).status).toBe(403);
    expect(await count(h, 'public_services.training_events')).toBe(before);
  });

  it('lists by period and district within the caller’s scope', async () => {
    const nanao = await create(eventInput({ district: NANAO, date: '2023-05-05' }));
    const in2023 = await expectOk<TPage<TTrainingEvent>>(api('/training-events?from=2023-01-01&to=2023-12-31', { token: h.viewer }));
    expect(in2023.items.map((e) => e.id)).toEqual([nanao.id]);
    const longhuOnly = await h.jwks.mint(['public-services:viewer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    const seen = await expectOk<TPage<TTrainingEvent>>(api('/training-events?pageSize=200', { token: longhuOnly }));
    expect(seen.items.some((e) => e.id === nanao.id)).toBe(false);
    expect((await api(`/training-events/${nanao.id}`, { token: longhuOnly })).status).toBe(404);
  });
});
