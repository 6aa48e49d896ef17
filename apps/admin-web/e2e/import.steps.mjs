// Browser steps for the patent import (issue 3): a creation officer uploads an office export of
// patents on the import screen, watches the job's progress bar reach done, sees the error report
// offered with the one bad row in it, then opens an imported invention patent — granted per the
// export's legal status 法律状态, with an IPC symbol of a strategic emerging industry — and reads
// on its page why it is a high-value invention patent. Only the officer is set up through the
// API. run.mjs calls:
//
//   await importSteps(browser, base, PASSWORD, { check, assert, results });
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { WAIT } from './antd.mjs';

const REGION = '440500';

async function json(base, method, route, token, body) {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

const APPLICATION_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
/** A CNIPA application number `YYYYTNNNNNNN.C` (T: 1 invention, 2 utility model, 3 design) with its check character. */
function applicationNumber(year, type, serial) {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * APPLICATION_WEIGHTS[i];
  const check = sum % 11;
  return `${digits}.${check === 10 ? 'X' : check}`;
}

const csvLine = (cells) => cells.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',');

export async function importSteps(browser, base, adminPassword, { check, assert, results }) {
  const suffix = Date.now().toString(36);
  const password = 'Import#2025-browser';
  const officerName = `importofficer${suffix}`;
  const serial = Math.floor(Math.random() * 9_000_000) + 500_000;
  const battery = applicationNumber(2019, 1, serial);
  const batteryTitle = `一种动力电池热管理装置${suffix}`;
  // The office export: five patents, one with an application number whose check digit is wrong
  // (row 4 of the file, the header being row 1), and the battery invention granted in 2021 under
  // H01M (a strategic emerging industry in the bureau's IPC table).
  const header = ['申请号', '发明名称', '申请人', '区县', '申请日', 'IPC分类号', '法律状态', '法律状态日期'];
  // Another check character than the right one; when the right one is X, a digit (one number in
  // eleven ends in X, and a digit-only replacement left those valid: the step failed now and then).
  const badNumber = applicationNumber(2020, 1, serial + 2).replace(/[\dX]$/, (c) => (c === 'X' ? '0' : String((Number(c) + 1) % 10)));
  const rows = [
    [battery, batteryTitle, '汕头浏览器测试电池有限公司', '龙湖区', '2019-05-06', 'H01M 10/052', '有效', '2021-08-17'],
    [applicationNumber(2020, 1, serial + 1), `一种牛肉丸成型机${suffix}`, '汕头浏览器测试食品有限公司', '金平区', '2020-03-02', 'A22C 7/00', '实质审查', ''],
    [badNumber, `校验位错误的一行${suffix}`, '汕头浏览器测试有限公司', '龙湖区', '2020-03-03', '', '', ''],
    [applicationNumber(2021, 2, serial + 3), `玩具车传动机构${suffix}`, '汕头市澄海区浏览器测试玩具厂', '澄海区', '2021-07-01', 'A63H 17/00', '', ''],
    [applicationNumber(2022, 3, serial + 4), `包装盒（潮汕）${suffix}`, '汕头浏览器测试包装有限公司', '龙湖区', '2022-02-02', '', '', ''],
  ];
  const file = Buffer.from(`\uFEFF${[csvLine(header), ...rows.map(csvLine)].join('\r\n')}\r\n`, 'utf8');
  let context;
  let page;
  const errors = [];

  try {
    await check('import: a creation officer is set up through the API and signs in', async () => {
      const admin = await json(base, 'POST', '/api/platform/auth/login', undefined, { username: 'admin', password: adminPassword });
      assert(admin.status === 200, `admin login ${admin.status}`);
      const created = await json(base, 'POST', '/api/platform/users', admin.body.accessToken, { username: officerName, displayName: '专利导入经办人', password, roles: ['creation:officer'], regionCode: REGION });
      assert(created.status === 201, `user ${officerName} ${created.status} ${JSON.stringify(created.body)}`);
      context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
      page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${base}/login`);
      await page.getByLabel('用户名').fill(officerName);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByTestId('menu-creation').waitFor({ timeout: WAIT });
    });

    await check('import: the officer uploads the export and the progress bar reaches done with one row refused', async () => {
      await page.goto(`${base}/creation/imports`);
      await page.getByRole('button', { name: '开始导入' }).waitFor({ timeout: WAIT });
      await page.locator('input[type="file"]').setInputFiles({ name: '专利导出.csv', mimeType: 'text/csv', buffer: file });
      await page.getByRole('button', { name: '开始导入' }).click();
      await page.getByText('已处理 5 / 5 行').waitFor({ timeout: WAIT });
      const bar = page.getByRole('progressbar');
      await page.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100', undefined, { timeout: WAIT });
      assert((await bar.getAttribute('aria-valuenow')) === '100', `progress ${await bar.getAttribute('aria-valuenow')}`);
      await page.getByText('已完成').first().waitFor({ timeout: WAIT });
      const statistic = async (title) => (await page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content').textContent())?.trim();
      assert((await statistic('新增')) === '4', `inserted ${await statistic('新增')}`);
      assert((await statistic('未导入（有错误）')) === '1', `rejected ${await statistic('未导入（有错误）')}`);
      await page.screenshot({ path: path.join(results, 'import-progress.png'), fullPage: true });
    });

    await check('import: the error report the page offers names the bad row, its column and the reason', async () => {
      await page.getByText('错误 1 处').waitFor({ timeout: WAIT });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.getByRole('button', { name: '错误报告（CSV）' }).click()]);
      const report = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
      assert(report.length === 2, `the report has ${report.length - 1} entries:\n${report.join('\n')}`);
      const [row, column, reason] = report[1].slice(1, -1).split('","');
      assert(row === '4' && column === '申请号' && reason.length > 0, `the report says ${report[1]}`);
    });

    await check('import: the officer opens the imported battery patent and sees why it is high-value', async () => {
      await page.goto(`${base}/creation/patents`);
      const search = page.getByPlaceholder('标题、申请人或申请号');
      await search.fill(batteryTitle);
      await search.press('Enter');
      await page.getByRole('link', { name: battery }).click({ timeout: WAIT });
      await page.waitForURL(/\/creation\/patents\/[0-9a-f-]{36}$/, { timeout: WAIT });
      await page.getByText(batteryTitle).first().waitFor({ timeout: WAIT });
      const verdict = page.getByTestId('high-value-verdict');
      await verdict.waitFor({ timeout: WAIT });
      assert((await verdict.textContent())?.trim() === '高价值发明专利', `the verdict reads "${await verdict.textContent()}"`);
      const strategic = (await page.getByTestId('criterion-strategic_industry').textContent()) ?? '';
      assert(strategic.includes('满足') && !strategic.includes('不满足') && strategic.includes('H01M 10/052') && strategic.includes('新能源汽车产业'), `the reason reads "${strategic}"`);
      const family = (await page.getByTestId('criterion-family_abroad').textContent()) ?? '';
      assert(family.includes('不满足'), `family abroad reads "${family}"`);
      await page.screenshot({ path: path.join(results, 'import-high-value.png'), fullPage: true });
    });

    await check('import: the officer’s pages raised no uncaught errors', async () => {
      assert(errors.length === 0, errors.join('\n'));
    });
  } finally {
    await context?.close().catch(() => undefined);
  }
}
