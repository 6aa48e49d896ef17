import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { aCaseFile } from '../../testing/case-factories';
import { renderScreen } from '../../testing/render-screen';

async function pick(label: string, option: string) {
  fireEvent.mouseDown(await screen.findByLabelText(label));
  fireEvent.click(await screen.findByTitle(option));
}

async function fillCase() {
  fireEvent.change(await screen.findByLabelText('案号'), { target: { value: '汕市监知案〔2025〕12号' } });
  fireEvent.change(screen.getByLabelText('案由'), { target: { value: '涉嫌销售侵犯注册商标专用权的玩具案' } });
  await pick('案件类型', '商标侵权');
  await pick('区县', '金平区');
  fireEvent.change(screen.getByLabelText('立案日期'), { target: { value: '2025-03-18' } });
  fireEvent.change(screen.getByLabelText('名称或姓名'), { target: { value: '汕头市某玩具有限公司' } });
  fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: '91440500MA4UJ7XK2N' } });
}

describe('the register form', () => {
  it('registers the case with its respondent, assigns the officer and opens the new case file', async () => {
    const created = aCaseFile({ caseNumber: '汕市监知案〔2025〕12号' });
    const { calls, router } = renderScreen('/protection/cases/new', (call) => (call.method === 'POST' ? { status: 201, body: created } : { body: created }));
    await fillCase();
    fireEvent.click(screen.getByRole('button', { name: '立 案' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/protection/cases/${created.id}`));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      caseNumber: '汕市监知案〔2025〕12号',
      title: '涉嫌销售侵犯注册商标专用权的玩具案',
      kind: 'trademark_infringement',
      source: 'complaint',
      district: '440511',
      registeredDate: '2025-03-18',
      parties: [{ kind: 'organization', role: 'respondent', name: '汕头市某玩具有限公司', creditCode: '91440500MA4UJ7XK2N' }],
      rights: [],
      officers: [{ userId: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10', name: '郑执法' }],
    });
  });

  it('sends the rights involved as entered, and refuses a malformed patent number in Chinese before sending', async () => {
    const created = aCaseFile();
    const { calls, router } = renderScreen('/protection/cases/new', (call) => (call.method === 'POST' ? { status: 201, body: created } : { body: created }));
    await fillCase();
    fireEvent.click(screen.getByRole('button', { name: '添加涉案权利' }));
    fireEvent.change(await screen.findByLabelText('权利号'), { target: { value: 'ZL201710601862.4' } });
    fireEvent.change(screen.getByLabelText('权利名称'), { target: { value: '一种玩具车' } });
    fireEvent.click(screen.getByRole('button', { name: '立 案' }));
    expect(await screen.findByText('专利号格式不正确，应如 ZL201710601862.3')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByLabelText('权利号'), { target: { value: 'ZL201710601862.3' } });
    fireEvent.click(screen.getByRole('button', { name: '立 案' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/protection/cases/${created.id}`));
    expect((calls.find((c) => c.method === 'POST')?.body as { rights: unknown }).rights).toEqual([{ kind: 'patent', number: 'ZL201710601862.3', title: '一种玩具车' }]);
  });

  it('shows the server’s issue beside a right’s number', async () => {
    const issues = [{ path: 'rights.0.number', code: 'custom', message: '专利号格式不正确，应如 ZL201710601862.3' }];
    renderScreen('/protection/cases/new', () => ({ status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues } }));
    await fillCase();
    fireEvent.click(screen.getByRole('button', { name: '添加涉案权利' }));
    await pick('权利类别', '著作权');
    fireEvent.change(await screen.findByLabelText('权利号'), { target: { value: '粤作登字-2020-A-001' } });
    fireEvent.click(screen.getByRole('button', { name: '立 案' }));
    expect(await screen.findByText('专利号格式不正确，应如 ZL201710601862.3')).toBeTruthy();
  });

  it('shows the server’s issues beside the fields, a party’s credit code included', async () => {
    const issues = [
      { path: 'registeredDate', code: 'custom', message: '立案日期不能晚于今天' },
      { path: 'parties.0.creditCode', code: 'custom', message: '统一社会信用代码校验码不正确，请检查是否输错' },
    ];
    renderScreen('/protection/cases/new', () => ({ status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues } }));
    await fillCase();
    fireEvent.click(screen.getByRole('button', { name: '立 案' }));
    expect(await screen.findByText('立案日期不能晚于今天')).toBeTruthy();
    expect(screen.getByText('统一社会信用代码校验码不正确，请检查是否输错')).toBeTruthy();
    expect(screen.queryByRole('alert', { name: '' })?.textContent ?? '').not.toContain('请求参数有误');
  });
});
