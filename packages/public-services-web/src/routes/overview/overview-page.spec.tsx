import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { fakeApi, renderScreen } from '../../testing/render-screen';
import { metric } from '../../testing/factories';

// Charts need a laid-out box to draw their axes.
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 320 });

describe('the public-services overview', () => {
  it('shows the headline figures from the metric catalogue and charts agents by year and trainings by month', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/health': () => ({ status: 'ok' }),
      'GET /api/public-services/metrics/:key': (call) => {
        const key = call.path.split('/').pop()!;
        const values: Record<string, string> = { 'agents.practising': '47', 'agencies.active': '12', 'violations.found_in_period': '3', 'training.people_trained_in_period': '1280', 'training.sessions_in_period': '2', 'info_services.satisfaction_in_period': '4.25', 'trusteeship.contracts_in_force': '18' };
        return metric(key, values[key] ?? '0');
      },
    });
    renderScreen('/public-services', client);
    expect(await screen.findByText('47')).toBeTruthy();
    expect(await screen.findByText('1,280')).toBeTruthy();
    expect(screen.getByText('执业专利代理师')).toBeTruthy();
    expect(await screen.findByText('18')).toBeTruthy();
    expect(screen.getByText('本年信息服务平均满意度（1–5）')).toBeTruthy();
    expect(screen.getByText('在履行托管合同')).toBeTruthy();
    const agentsChart = screen.getByRole('img', { name: '执业专利代理师人数（年末）' });
    await waitFor(() => expect(agentsChart.textContent).toContain('2021'));
    // One year-end value per plan year, and twelve monthly windows of training sessions.
    expect(calls.some((c) => c.path.endsWith('/agents.practising') && c.query?.asOf === '2021-12-31')).toBe(true);
    const months = calls.filter((c) => c.path.endsWith('/training.sessions_in_period'));
    expect(months).toHaveLength(12);
    expect(months.map((c) => c.query?.from)).toContain(`${new Date().getUTCFullYear()}-02-01`);
  });
});
