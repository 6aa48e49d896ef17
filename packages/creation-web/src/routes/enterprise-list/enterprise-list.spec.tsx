import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeEnterprise, page } from '../../testing/factories';

const enterprises = ({ method, path }: Call) =>
  method === 'GET' && path === '/api/creation/enterprises' ? { body: page([makeEnterprise({ currentTitles: ['national_advantage', 'municipal_cultivation'] })]) } : undefined;

describe('the enterprise list', () => {
  it('shows each enterprise with its district and the titles it holds, and searches a Chinese name on the server', async () => {
    const backend = fakeBackend(enterprises);
    renderScreen('/creation/enterprises', backend);
    expect(await screen.findByRole('link', { name: '广东奥飞动漫文化股份有限公司' })).toBeTruthy();
    expect(screen.getByText('澄海区')).toBeTruthy();
    expect(screen.getByText('国家知识产权优势企业')).toBeTruthy();
    expect(screen.getByText('市级知识产权优势培育企业')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('企业名称或统一社会信用代码'), { target: { value: ' 奥飞 ' } });
    fireEvent.click(screen.getByRole('button', { name: /查\s*询|搜\s*索/ }));
    await waitFor(() => expect(backend.calls.some((c) => c.path === '/api/creation/enterprises' && c.query.get('q') === '奥飞' && c.query.get('page') === '1')).toBe(true));
  });
});
