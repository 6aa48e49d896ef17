import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeEvaluation, makePatent } from '../../testing/factories';

const patent = makePatent({ status: 'granted', grantDate: '2019-07-02', ipcSymbols: ['H01M 10/052'], familyMembers: [{ id: 'd16c3d85-adb5-4cef-8a75-8e9dac1b0cd6', country: 'US', number: 'US11234567B2', grantDate: null, createdAt: '2024-01-01T00:00:00.000Z' }] });

function server() {
  return ({ method, path, query }: Call) => {
    if (method === 'GET' && path === `/api/creation/patents/${patent.id}`) return { body: patent };
    if (method === 'GET' && path === `/api/creation/patents/${patent.id}/high-value`) {
      const asOf = query.get('asOf') ?? '';
      return {
        body: asOf < '2019-07-02'
          ? makeEvaluation({ asOf, eligible: false, highValue: false, eligibility: { 'zh-CN': `${asOf} 该专利不处于有效状态`, en: '' } })
          : makeEvaluation({ asOf }),
      };
    }
    return undefined;
  };
}

describe('the high-value reasons on the patent page', () => {
  it('says the patent is high-value and which criteria held, with the reasons', async () => {
    renderScreen(`/creation/patents/${patent.id}`, fakeBackend(server()));
    expect((await screen.findByTestId('high-value-verdict')).textContent).toBe('高价值发明专利');
    const strategic = screen.getByTestId('criterion-strategic_industry');
    expect(strategic.textContent).toContain('满足');
    expect(strategic.textContent).toContain('属于战略性新兴产业');
    expect(strategic.textContent).toContain('H01M 10/052 属于「新能源汽车产业」（映射前缀 H01M）');
    expect(screen.getByTestId('criterion-pledged').textContent).toContain('不满足');
    expect(screen.getByText('US11234567B2')).toBeTruthy();
    expect(screen.getByText('未授权')).toBeTruthy();
  });

  it('asks again for another date and shows the answer on that date', async () => {
    const backend = fakeBackend(server());
    renderScreen(`/creation/patents/${patent.id}`, backend);
    await screen.findByTestId('high-value-verdict');
    fireEvent.change(screen.getByLabelText('判定日期'), { target: { value: '2018-12-31' } });
    await waitFor(() => expect(screen.getByTestId('high-value-verdict').textContent).toBe('非高价值'));
    expect(screen.getByText('2018-12-31 该专利不处于有效状态')).toBeTruthy();
    expect(backend.calls.some((c) => c.path.endsWith('/high-value') && c.query.get('asOf') === '2018-12-31')).toBe(true);
  });
});
