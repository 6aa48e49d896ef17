import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar, type TMetricValue, type TPage } from '@ipbureau/domain';
import type { TTrainingEvent, TTrainingEventCreate, TTrainingRegistration, TTrainingRegistrationCreate } from '@ipbureau/domain/public-services';
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

const CODE_17 = '91440507MA5TRN770';
const TRAINEE_CODE = CODE_17 + creditCodeCheckChar(CODE_17);
const registrant = (overrides: Partial<TTrainingRegistrationCreate> = {}): TTrainingRegistrationCreate => ({
  personName: '陈一',
  organizationName: '汕头市龙湖玩具有限公司',
  creditCode: TRAINEE_CODE,
  phone: '13812345678',
  ...overrides,
});
const register = (eventId: string, input: TTrainingRegistrationCreate) => expectOk<TTrainingRegistration>(api(`/training-events/${eventId}/registrations`, { token: h.officer, body: input }), 201);
const attend = (id: string, version: number, attendedOn: string | null) => api(`/training-registrations/${id}/attendance`, { token: h.officer, body: { version, attendedOn } });
const metric = async (path: string) => (await expectOk<TMetricValue>(api(path, { token: h.viewer }))).value;

describe('training registrations and attendance', () => {
  it('registers people, marks attendance on a date, and counts the event’s attendance from its list', async () => {
    const event = await create(eventInput({ date: '2024-03-10', attendedCount: 80 }));
    const chen = await register(event.id, registrant());
    expect(chen).toMatchObject({ eventId: event.id, personName: '陈一', creditCode: TRAINEE_CODE, phone: '13812345678', phoneMasked: false, attendedOn: null, version: 1, district: LONGHU });
    const li = await register(event.id, registrant({ personName: '李二', creditCode: null, phone: null }));
    await register(event.id, registrant({ personName: '王三' }));

    const marked = await expectOk<TTrainingRegistration>(attend(chen.id, 1, '2024-03-10'));
    expect(marked).toMatchObject({ attendedOn: '2024-03-10', version: 2 });
    await expectOk(attend(li.id, 1, '2024-03-11'));
    expect(await count(h, 'public_services.training_registrations WHERE event_id = $1 AND attended_on IS NOT NULL', [event.id])).toBe(2);
    expect(await count(h, `audit.events WHERE entity = 'training-registration' AND entity_id = $1`, [chen.id])).toBe(2);

    // The list replaces the count entered on the event (80).
    const read = await expectOk<TTrainingEvent>(api(`/training-events/${event.id}`, { token: h.viewer }));
    expect(read).toMatchObject({ attendedCount: 2, registeredCount: 3, attendanceSource: 'registrations' });
    const listed = await expectOk<TPage<TTrainingEvent>>(api('/training-events?from=2024-03-10&to=2024-03-10', { token: h.viewer }));
    expect(listed.items.map((e) => [e.id, e.attendedCount, e.attendanceSource])).toEqual([[event.id, 2, 'registrations']]);

    // Withdrawing a mark takes the person out again.
    await expectOk(attend(li.id, 2, null));
    expect((await expectOk<TTrainingEvent>(api(`/training-events/${event.id}`, { token: h.viewer }))).attendedCount).toBe(1);
  });

  it('counts people trained from attendance where an event has a list, and from the entered count where it has none', async () => {
    const listed = await create(eventInput({ date: '2025-06-01', district: NANAO, attendedCount: 50 }));
    const counted = await create(eventInput({ date: '2025-06-02', district: NANAO, attendedCount: 40 }));
    const a = await register(listed.id, registrant({ personName: '甲' }));
    await register(listed.id, registrant({ personName: '乙' }));
    await expectOk(attend(a.id, 1, '2025-06-01'));
    expect(await metric(`/metrics/training.people_trained_in_period?from=2025-01-01&to=2025-12-31&district=${NANAO}`)).toBe('41');
    expect(await metric(`/metrics/training.sessions_in_period?from=2025-01-01&to=2025-12-31&district=${NANAO}`)).toBe('2');
    expect((await expectOk<TTrainingEvent>(api(`/training-events/${counted.id}`, { token: h.viewer }))).attendanceSource).toBe('count');
  });

  it('refuses to enter an attended count on an event that has a list with 422, changing nothing', async () => {
    const event = await create(eventInput({ date: '2024-05-05' }));
    await register(event.id, registrant());
    const res = await api(`/training-events/${event.id}`, { token: h.officer, method: 'PATCH', body: { version: 1, attendedCount: 99 } });
    expect(res.status).toBe(422);
    expect(await count(h, 'public_services.training_events WHERE id = $1 AND attended_count IS NULL AND version = 1', [event.id])).toBe(1);
  });

  it('masks phones for viewers, and lists an organization’s registrations by credit code', async () => {
    const event = await create(eventInput({ date: '2024-07-07' }));
    const reg = await register(event.id, registrant({ personName: '赵四', phone: '0754-88881234' }));
    expect(reg.phone).toBe('075488881234');
    const asViewer = await expectOk<TPage<TTrainingRegistration>>(api(`/training-registrations?eventId=${event.id}`, { token: h.viewer }));
    expect(asViewer.items.map((r) => [r.personName, r.phone, r.phoneMasked])).toEqual([['赵四', '075*****1234', true]]);
    const asOfficer = await expectOk<TPage<TTrainingRegistration>>(api(`/training-registrations?eventId=${event.id}`, { token: h.officer }));
    expect(asOfficer.items[0]).toMatchObject({ phone: '075488881234', phoneMasked: false, eventTopic: event.topic, eventDate: '2024-07-07' });
    // The audit trail keeps the phone masked.
    const { rows } = await h.database.query<{ after: { phone: string } }>(`SELECT after FROM audit.events WHERE entity = 'training-registration' AND entity_id = $1`, [reg.id]);
    expect(rows.map((r) => r.after.phone)).toEqual(['075*****1234']);
    const byCode = await expectOk<TPage<TTrainingRegistration>>(api(`/training-registrations?creditCode=${TRAINEE_CODE.toLowerCase()}&pageSize=200`, { token: h.viewer }));
    expect(byCode.items.length).toBeGreaterThan(0);
    expect(byCode.items.every((r) => r.creditCode === TRAINEE_CODE)).toBe(true);
    expect(byCode.items.some((r) => r.id === reg.id)).toBe(true);
  });

  it('rejects bad registrations, duplicates, publicity events, early attendance and stale versions, writing nothing', async () => {
    const event = await create(eventInput({ date: '2024-09-09' }));
    const publicity = await create(eventInput({ kind: 'publicity', date: '2024-09-09', online: true, venue: null, audience: 'public' }));
    const reg = await register(event.id, registrant({ personName: '钱五' }));
    const before = await count(h, 'public_services.training_registrations');
    const auditBefore = await count(h, `audit.events WHERE entity = 'training-registration'`);

    const bad = await api(`/training-events/${event.id}/registrations`, { token: h.officer, body: { personName: '', organizationName: '某公司', creditCode: '914405', phone: '12345' } });
    expect(bad.status).toBe(400);
    expect(await failingFields(bad)).toEqual(['creditCode', 'personName', 'phone']);
    expect((await api(`/training-events/${event.id}/registrations`, { token: h.officer, body: registrant({ personName: '钱五' }) })).status).toBe(409);
    expect((await api(`/training-events/${publicity.id}/registrations`, { token: h.officer, body: registrant() })).status).toBe(422);
    expect((await api(`/training-events/${event.id}/registrations`, { token: h.viewer, body: registrant({ personName: '孙六' }) })).status).toBe(403);
    const nanaoOfficer = await h.jwks.mint(['public-services:officer'], { scope: { kind: 'districts', districts: [NANAO] } });
    expect((await api(`/training-events/${event.id}/registrations`, { token: nanaoOfficer, body: registrant({ personName: '孙六' }) })).status).toBe(404);

    expect((await attend(reg.id, 1, '2024-09-08')).status).toBe(422);
    expect((await attend(reg.id, 2, '2024-09-09')).status).toBe(409);
    expect((await api(`/training-registrations/${reg.id}/attendance`, { token: h.viewer, body: { version: 1, attendedOn: '2024-09-09' } })).status).toBe(403);

    expect(await count(h, 'public_services.training_registrations')).toBe(before);
    expect(await count(h, 'public_services.training_registrations WHERE id = $1 AND attended_on IS NULL AND version = 1', [reg.id])).toBe(1);
    expect(await count(h, `audit.events WHERE entity = 'training-registration'`)).toBe(auditBefore);
  });
});
