import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { TPage } from '@ipbureau/domain';
import type { TClawbackCase } from '@ipbureau/domain/creation';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';

const open: TClawbackCase = {
  id: '8d3f6f4b-5e7a-4b1c-8d4e-6f8a0b2c4d5e',
  subsidyId: '5a0c3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b',
  patentId: '6b1d4d2f-3c5e-4f9a-8b2c-4d6e8f0a2b3c',
  applicationNumber: '202310000001.5',
  creditCode: '91440507MA4000001X',
  reason: 'lapsed',
  openedOn: '2024-08-01',
  amountOwed: '5000.50',
  recovered: '0.30',
  outstanding: '5000.20',
  status: 'open',
  closedOn: null,
  writeOffOpinion: null,
  district: '440507',
  version: 3,
  createdAt: '2024-08-01T02:00:00.000Z',
};

describe('the clawback list', () => {
  it('shows why each case opened and what is still owed, exactly as the server computed it', async () => {
    const page: TPage<TClawbackCase> = { items: [open], total: 1, page: 1, pageSize: 20 };
    renderScreen('/creation/subsidy-clawbacks', fakeBackend(({ path }: Call) => (path === '/api/creation/subsidies/clawbacks' ? { body: page } : undefined)));
    expect(await screen.findByRole('link', { name: '202310000001.5' })).toBeTruthy();
    expect(screen.getByText('未缴年费终止')).toBeTruthy();
    expect(screen.getByText('5000.20')).toBeTruthy();
    expect(screen.getAllByText('追回中').length).toBeGreaterThan(0);
  });
});
