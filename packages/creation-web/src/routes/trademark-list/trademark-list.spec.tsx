import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeTrademark, page } from '../../testing/factories';

const trademarks = ({ method, path }: Call) => (method === 'GET' && path === '/api/creation/trademarks' ? { body: page([makeTrademark()]) } : undefined);

describe('the trademark list', () => {
  it('shows each mark with its kind, Nice classes, expiry and status', async () => {
    renderScreen('/creation/trademarks', fakeBackend(trademarks));
    expect(await screen.findByText('30000001')).toBeTruthy();
    expect(screen.getAllByText('集体商标').length).toBeGreaterThan(0);
    expect(screen.getByText('2025-03-06')).toBeTruthy();
    expect(screen.getByText('29')).toBeTruthy();
    expect(screen.getAllByText('已注册').length).toBeGreaterThan(0);
  });
});
