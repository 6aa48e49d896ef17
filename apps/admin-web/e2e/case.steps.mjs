// Browser steps for the enforcement case (issue 5): an officer registers a complaint as a case on
// the case-create screen and starts the investigation; an approver, signed in separately, decides
// it with a fine; the officer records the execution; the approver closes it; the officer's
// protection overview then counts one more case closed this year. Only the two users are set up
// through the API. run.mjs calls:
//
//   await caseSteps(browser, base, PASSWORD, { check, assert, results });
import path from 'node:path';
import { pick, WAIT } from './antd.mjs';

const REGION = '440500';
const RESPONDENT_CREDIT_CODE = '91440500MA4UJ7XK2N';

async function json(base, method, route, token, body) {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

/** antd puts a space between the two characters of a two-character button label. */
const button = (label) => new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`);

async function signIn(browser, base, username, password) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('menu-protection').waitFor({ timeout: WAIT });
  return { context, page, errors };
}

/** The overview's count of cases closed this year, read once the year's summary has arrived. */
async function closedThisYear(page, base) {
  const summary = page.waitForResponse((r) => r.url().includes('/api/protection/cases/summary') && r.ok(), { timeout: WAIT });
  await page.goto(`${base}/protection`);
  await summary;
  const value = page.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-title', { hasText: /^结案数$/ }) }).locator('.ant-statistic-content');
  await value.waitFor({ timeout: WAIT });
  const text = (await value.textContent())?.replace(/[^\d]/g, '') ?? '';
  if (!/^\d+$/.test(text)) throw new Error(`the closed count reads "${await value.textContent()}"`);
  return Number(text);
}

export async function caseSteps(browser, base, adminPassword, { check, assert, results }) {
  const suffix = Date.now().toString(36);
  const password = 'Case#2025-browser';
  const officerName = `caseofficer${suffix}`;
  const approverName = `caseapprover${suffix}`;
  const caseNumber = `汕市监知案〔浏览器〕${suffix}号`;
  const respondent = `汕头浏览器测试玩具有限公司${suffix}`;
  const sessions = [];
  let officer;
  let approver;
  let caseUrl;
  let before;

  /** One step on the case page: its button, its modal, and the timeline line it adds. */
  async function step(page, action, steps, fill) {
    await page.getByRole('button', { name: button(action) }).click({ timeout: WAIT });
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('日期', { exact: true }).waitFor({ timeout: WAIT });
    if (fill) await fill(dialog);
    await dialog.getByRole('button', { name: button('提交') }).click();
    await page.getByTestId('timeline-step').nth(steps - 1).waitFor({ timeout: WAIT });
    await dialog.waitFor({ state: 'hidden', timeout: WAIT });
  }

  try {
    await check('case: an officer and an approver of the protection pillar are set up through the API', async () => {
      const admin = await json(base, 'POST', '/api/platform/auth/login', undefined, { username: 'admin', password: adminPassword });
      assert(admin.status === 200, `admin login ${admin.status}`);
      for (const [username, displayName, role] of [
        [officerName, '案件承办人', 'protection:officer'],
        [approverName, '案件审批人', 'protection:approver'],
      ]) {
        const created = await json(base, 'POST', '/api/platform/users', admin.body.accessToken, { username, displayName, password, roles: [role], regionCode: REGION });
        assert(created.status === 201, `user ${username} ${created.status} ${JSON.stringify(created.body)}`);
      }
    });

    await check('case: the officer reads the overview’s count of cases closed this year', async () => {
      officer = await signIn(browser, base, officerName, password);
      sessions.push(officer);
      before = await closedThisYear(officer.page, base);
    });

    await check('case: the officer registers a complaint as a case on the case-create screen and starts the investigation', async () => {
      const { page } = officer;
      await page.goto(`${base}/protection/cases/new`);
      const form = page.locator('form#case-create');
      await form.waitFor({ timeout: WAIT });
      await form.getByLabel('案号', { exact: true }).fill(caseNumber);
      await form.getByLabel('案由', { exact: true }).fill('涉嫌销售侵犯注册商标专用权的玩具案');
      // Each option is picked by its title: a dropdown just closed lingers on the page for a moment.
      await pick(page, form, '案件类型', '商标侵权');
      await pick(page, form, '案件来源', '投诉');
      await pick(page, form, '区县', '金平区');
      await form.getByLabel('名称或姓名', { exact: true }).fill(respondent);
      await form.getByLabel('统一社会信用代码', { exact: true }).fill(RESPONDENT_CREDIT_CODE);
      await form.getByRole('button', { name: button('立案') }).click();
      await page.waitForURL(/\/protection\/cases\/[0-9a-f-]{36}$/, { timeout: WAIT });
      caseUrl = page.url();
      await page.getByText(caseNumber).first().waitFor({ timeout: WAIT });
      await page.getByTestId('timeline-step').first().waitFor({ timeout: WAIT });
      await step(page, '开始调查', 2);
    });

    await check('case: the approver, signed in separately, decides it with a fine', async () => {
      assert(caseUrl, 'no case page');
      approver = await signIn(browser, base, approverName, password);
      sessions.push(approver);
      const { page } = approver;
      await page.goto(caseUrl);
      await page.getByText(caseNumber).first().waitFor({ timeout: WAIT });
      await step(page, '作出处理决定', 3, async (dialog) => {
        await dialog.getByLabel('决定书文号', { exact: true }).fill(`汕市监知罚〔浏览器〕${suffix}号`);
        await dialog.getByLabel('罚款（元）', { exact: true }).fill('8000.00');
        await dialog.getByLabel('没收金额（元）', { exact: true }).fill('0');
      });
      const last = (await page.getByTestId('timeline-step').nth(2).textContent()) ?? '';
      assert(last.includes('作出处理决定') && last.includes('8,000.00'), `the timeline's decision line is "${last}"`);
    });

    await check('case: the officer records the execution and the approver closes the case', async () => {
      await officer.page.goto(caseUrl);
      await officer.page.getByTestId('timeline-step').nth(2).waitFor({ timeout: WAIT });
      await step(officer.page, '执行完毕', 4);
      await approver.page.reload();
      await approver.page.getByTestId('timeline-step').nth(3).waitFor({ timeout: WAIT });
      await step(approver.page, '结案', 5);
      const last = (await approver.page.getByTestId('timeline-step').nth(4).textContent()) ?? '';
      assert(last.includes('已结案'), `the timeline's last line is "${last}"`);
    });

    await check('case: the officer’s overview counts one more case closed this year', async () => {
      const after = await closedThisYear(officer.page, base);
      process.stdout.write(`    closed this year ${before} → ${after}\n`);
      assert(after === before + 1, `closed this year ${before} → ${after}`);
      await officer.page.screenshot({ path: path.join(results, 'protection-overview.png'), fullPage: true });
    });

    await check('case: the officer’s and the approver’s pages raised no uncaught errors', async () => {
      const errors = sessions.flatMap((s) => s.errors);
      assert(errors.length === 0, errors.join('\n'));
    });
  } finally {
    for (const session of sessions) await session.context.close().catch(() => undefined);
  }
}
