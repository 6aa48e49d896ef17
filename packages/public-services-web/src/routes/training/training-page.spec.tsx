import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { page, trainingEvent } from '../../testing/factories';
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
