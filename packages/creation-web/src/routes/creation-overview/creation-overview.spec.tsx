import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { todayInChina } from '@ipbureau/domain';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';

const metrics = ({ path, query }: Call) => {
  const key = /^\/api\/creation\/metrics\/(.+)$/.exec(path)?.[1];
  if (!key) return undefined;
  const district = query.get('district');
  const value = key === 'patents.valid_invention' ? (district === '440507' ? '1200' : district ? '100' : '2949') : '42';
  return { body: { key, semantics: 'stock', value, unit: { 'zh-CN': '件', en: 'items' }, asOf: query.get('asOf'), from: null, to: null, regionCode: district ?? '440500', computedAt: '2025-01-01T00:00:00.000Z' } };
};

describe('the creation overview', () => {
  it('shows the indicators today and asks for valid invention patents district by district, and grants year by year', async () => {
    const backend = fakeBackend(metrics);
    renderScreen('/creation/overview', backend);
    expect(await screen.findByText('2,949')).toBeTruthy();
    expect(screen.getByLabelText('有效发明专利量（按区县）')).toBeTruthy();
    await waitFor(() => {
      const districts = backend.calls.filter((c) => c.path === '/api/creation/metrics/patents.valid_invention' && c.query.get('district')).map((c) => c.query.get('district'));
      expect(new Set(districts)).toEqual(new Set(['440507', '440511', '440512', '440513', '440514', '440515', '440523']));
    });
    expect(screen.getByLabelText('专利授权量（按年）')).toBeTruthy();
    const thisYear = Number(todayInChina().slice(0, 4));
    await waitFor(() => {
      const years = backend.calls.filter((c) => c.path === '/api/creation/metrics/patents.granted_invention_in_period').map((c) => `${c.query.get('from')}…${c.query.get('to')}`);
      expect(years).toContain(`${thisYear - 4}-01-01…${thisYear - 4}-12-31`);
      expect(years).toContain(`${thisYear}-01-01…${thisYear}-12-31`);
    });
  });

  it('shows high-value invention patents and certified entities today, and new cultivated enterprises year by year', async () => {
    const backend = fakeBackend(metrics);
    renderScreen('/creation/overview', backend);
    expect(await screen.findByText('贯标认证单位（累计）')).toBeTruthy();
    expect(screen.getAllByText('高价值发明专利量').length).toBeGreaterThan(0);
    expect(screen.getByLabelText('新增培育企业（按年）')).toBeTruthy();
    const thisYear = Number(todayInChina().slice(0, 4));
    await waitFor(() => {
      const called = (key: string) => backend.calls.filter((c) => c.path === `/api/creation/metrics/${key}`);
      expect(called('certifications.entities_certified').map((c) => c.query.get('asOf'))).toEqual([todayInChina()]);
      expect(called('patents.high_value_invention').filter((c) => c.query.get('district')).length).toBe(7);
      expect(called('enterprises.national_provincial_new_in_period').map((c) => c.query.get('from'))).toContain(`${thisYear}-01-01`);
      expect(called('enterprises.municipal_cultivation_new_in_period').map((c) => c.query.get('from'))).toContain(`${thisYear - 4}-01-01`);
    });
  });
});
