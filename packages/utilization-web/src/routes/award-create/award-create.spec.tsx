import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeAward } from '../../testing/product-factories';

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  fireEvent.click((await screen.findAllByTitle(option)).at(-1)!);
}
const onCreate = (reply: { status: number; body: unknown }) => (call: Call) => (call.method === 'POST' && call.path === '/api/utilization/awards' ? reply : undefined);

async function fillForm() {
  await screen.findByLabelText('奖项名称');
  fill('年度', '2023');
  await choose('等级', '银奖');
  fill('奖项名称', '第二十四届中国专利奖');
  fill('专利号', 'ZL201710601862.3');
  fill('专利名称', '一种玩具车的传动机构');
  fill('获奖专利权人', '汕头市龙湖区某科技有限公司');
  await choose('所在区县', '龙湖区');
  fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
}

describe('recording an award', () => {
  it('sends the award with the grade the kind allows and opens it', async () => {
    const created = makeAward();
    const backend = fakeBackend(onCreate({ status: 201, body: created }), ({ path }) => (path === `/api/utilization/awards/${created.id}` ? { body: created } : undefined));
    const { router } = renderScreen('/utilization/awards/new', backend);
    await fillForm();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/utilization/awards/${created.id}`));
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'patent_award',
      level: 'national',
      year: 2023,
      grade: 'silver',
      awardName: '第二十四届中国专利奖',
      patentNumber: 'ZL201710601862.3',
      patentTitle: '一种玩具车的传动机构',
      holderName: '汕头市龙湖区某科技有限公司',
      district: '440507',
    });
    expect(await screen.findByText('国家级')).toBeTruthy();
  });

  it('offers the S&T grades once the kind is an S&T award', async () => {
    renderScreen('/utilization/awards/new', fakeBackend());
    await screen.findByLabelText('奖项名称');
    await choose('奖项类别', '科学技术奖');
    fireEvent.mouseDown(screen.getByLabelText('等级'));
    expect((await screen.findAllByTitle('一等奖')).length).toBeGreaterThan(0);
    expect(screen.queryByTitle('金奖')).toBeNull();
  });

  it('shows a wrong patent number beside the field', async () => {
    const issues = [{ path: 'patentNumber', code: 'custom', message: '专利号校验位错误' }];
    renderScreen('/utilization/awards/new', fakeBackend(onCreate({ status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求有误', issues } })));
    await fillForm();
    expect(await screen.findByText('专利号校验位错误')).toBeTruthy();
  });
});
