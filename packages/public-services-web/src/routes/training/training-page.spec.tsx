import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { page, trainingEvent, trainingRegistration } from '../../testing/factories';
import { fakeApi, refusal, renderScreen } from '../../testing/render-screen';

describe('training and publicity', () => {
  it('lists the events with their attendance', async () => {
    const { client } = fakeApi({ 'GET /api/public-services/training-events': () => page([trainingEvent({ topic: '专利导航培训', attendedCount: 98 })]) });
    renderScreen('/public-services/training', client);
    expect(await screen.findByText('专利导航培训')).toBeTruthy();
    expect(screen.getByText('98')).toBeTruthy();
  });

  it('adds an event, and shows a refused venue beside its field', async () => {
    let refuse = true;
    const { client, calls } = fakeApi({
      'GET /api/public-services/training-events': () => page([]),
      'POST /api/public-services/training-events': () => {
        if (refuse) throw refusal({ statusCode: 400, code: 'VALIDATION_FAILED', message: '请求有误', issues: [{ path: 'venue', code: 'custom', message: '线下活动须填写地点' }] });
        return trainingEvent();
      },
    });
    renderScreen('/public-services/training', client);
    fireEvent.click(await screen.findByRole('button', { name: '新增活动' }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.change(within(drawer).getByLabelText('主题'), { target: { value: '世界知识产权日宣讲' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await within(drawer).findByText('线下活动须填写地点')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ topic: '世界知识产权日宣讲', venue: null, online: false, kind: 'training', attendedCount: null });
    refuse = false;
    fireEvent.change(within(drawer).getByLabelText('地点'), { target: { value: '汕头市图书馆' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1]?.body).toMatchObject({ venue: '汕头市图书馆' });
  });
});

describe('a training event’s registrations', () => {
  const EVENT_ID = '0b7c3f5e-8a41-4f5a-9d43-5f1f7a2e8c10';

  it('registers a person, showing a refused credit code beside its field, and marks a registrant attended on the chosen day', async () => {
    let refuse = true;
    const { client, calls } = fakeApi({
      [`GET /api/public-services/training-events/${EVENT_ID}`]: () => trainingEvent({ id: EVENT_ID, topic: '专利导航培训', date: '2024-04-26', attendedCount: 1, registeredCount: 2, attendanceSource: 'registrations' }),
      'GET /api/public-services/training-registrations': () =>
        page([
          trainingRegistration({ eventId: EVENT_ID, personName: '陈一', phone: '138****5678', attendedOn: '2024-04-26', version: 2 }),
          trainingRegistration({ id: '7d0c0a59-1c51-4e4c-8d2e-0a1f7b8e6a33', eventId: EVENT_ID, personName: '李二', phone: null }),
        ]),
      [`POST /api/public-services/training-events/${EVENT_ID}/registrations`]: () => {
        if (refuse) throw refusal({ statusCode: 400, code: 'VALIDATION_FAILED', message: '请求有误', issues: [{ path: 'creditCode', code: 'custom', message: '统一社会信用代码校验码不正确，请检查是否输错' }] });
        return trainingRegistration({ eventId: EVENT_ID, personName: '王三' });
      },
      'POST /api/public-services/training-registrations/7d0c0a59-1c51-4e4c-8d2e-0a1f7b8e6a33/attendance': () => trainingRegistration({ attendedOn: '2024-04-27', version: 2 }),
    });
    renderScreen(`/public-services/training/${EVENT_ID}`, client);
    expect(await screen.findByText('按报名签到')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '报名与签到' }));
    expect(await screen.findByText('138****5678')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('签到日期'), { target: { value: '2024-04-27' } });
    fireEvent.click(screen.getByRole('button', { name: '签到 李二' }));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/attendance'))?.body).toEqual({ version: 1, attendedOn: '2024-04-27' }));

    fireEvent.click(screen.getByRole('button', { name: '新增报名' }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.change(within(drawer).getByLabelText('姓名'), { target: { value: '王三' } });
    fireEvent.change(within(drawer).getByLabelText('单位名称'), { target: { value: '汕头市澄海玩具厂' } });
    fireEvent.change(within(drawer).getByLabelText('统一社会信用代码'), { target: { value: '91440507MA5TRN770A' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await within(drawer).findByText('统一社会信用代码校验码不正确，请检查是否输错')).toBeTruthy();
    const posts = () => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/registrations'));
    expect(posts()[0]?.body).toEqual({ personName: '王三', organizationName: '汕头市澄海玩具厂', creditCode: '91440507MA5TRN770A', phone: null });
    refuse = false;
    fireEvent.change(within(drawer).getByLabelText('统一社会信用代码'), { target: { value: '' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(posts()).toHaveLength(2));
    expect(posts()[1]?.body).toMatchObject({ creditCode: null });
  });

  it('shows a viewer the list without the writing controls', async () => {
    const { client } = fakeApi(
      {
        [`GET /api/public-services/training-events/${EVENT_ID}`]: () => trainingEvent({ id: EVENT_ID }),
        'GET /api/public-services/training-registrations': () => page([trainingRegistration({ eventId: EVENT_ID, personName: '陈一' })]),
      },
      { roles: ['public-services:viewer'] },
    );
    renderScreen(`/public-services/training/${EVENT_ID}`, client);
    fireEvent.click(await screen.findByRole('tab', { name: '报名与签到' }));
    expect(await screen.findByText('陈一')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '新增报名' })).toBeNull();
    expect(screen.queryByRole('button', { name: /签到 陈一/ })).toBeNull();
  });
});
