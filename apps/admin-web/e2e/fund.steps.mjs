// Browser steps for the risk-compensation fund (issue 4): an officer registers a pledge, records
// its default and enters the lender's claim, all on the utilization screens; an approver, signed
// in separately, pays the claim on the approvals page; the fund ledger page then shows a balance
// lower by exactly the amount paid. Only what the scenario does not name is set up through the
// API: the two users, and a fund with a contribution and a compensation rule (the demo city
// seeds pledges but no fund). run.mjs calls:
//
//   await fundSteps(browser, base, PASSWORD, { check, assert, results });
import path from 'node:path';
import { pick, WAIT } from './antd.mjs';

const REGION = '440500';

async function json(base, method, route, token, body) {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

/** Today in China, as the services date legal events (YYYY-MM-DD). */
function todayInChina(shiftDays = 0) {
  const date = new Date(Date.now() + shiftDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

// Identifiers with their check characters, as packages/domain validates them (the same rules as
// tooling/demo-city/src/identifiers.js).
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
function creditCode(division, serial) {
  let n = serial;
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = CREDIT_ALPHABET[n % 31] + tail;
    n = Math.floor(n / 31);
  }
  const body = `MA${tail}`;
  let orgSum = 0;
  for (let i = 0; i < 8; i++) orgSum += ORG_ALPHABET.indexOf(body[i]) * ORG_WEIGHTS[i];
  const orgCheck = 11 - (orgSum % 11);
  const first17 = `91${division}${body}${orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return `${first17}${CREDIT_ALPHABET[(31 - (sum % 31)) % 31]}`;
}
const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
/** An invention patent number `ZLYYYY1NNNNNNN.C`. */
function patentNumber(year, serial) {
  const digits = `${year}1${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * PATENT_WEIGHTS[i];
  const check = sum % 11;
  return `ZL${digits}.${check === 10 ? 'X' : check}`;
}

/** A yuan amount as shown on a page ("1,000,000.00") in fen, exactly (no floats). */
function fen(textContent) {
  const raw = String(textContent ?? '').replace(/[^\d.-]/g, '');
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(raw);
  if (!match) throw new Error(`not an amount: "${textContent}"`);
  const value = BigInt(match[2]) * 100n + BigInt((match[3] ?? '0').padEnd(2, '0'));
  return match[1] ? -value : value;
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
  await page.getByTestId('menu-utilization').waitFor({ timeout: WAIT });
  return { context, page, errors };
}

/** The fund ledger page for one fund, and the balance it shows, in fen. */
async function ledgerBalance(page, base, fundName) {
  await page.goto(`${base}/utilization/funds`);
  await pick(page, page, '资金', fundName);
  const value = page.getByTestId('fund-balance').locator('.ant-statistic-content');
  await value.waitFor({ timeout: WAIT });
  return value.textContent();
}

export async function fundSteps(browser, base, adminPassword, { check, assert, results }) {
  const suffix = Date.now().toString(36);
  const password = 'Fund#2025-browser';
  const officerName = `fundofficer${suffix}`;
  const approverName = `fundapprover${suffix}`;
  const fundName = `浏览器测试风险补偿资金${suffix}`;
  const pledgorName = `汕头浏览器测试科技有限公司${suffix}`;
  const lenderName = `汕头测试银行${suffix}`;
  const serial = Math.floor(Math.random() * 9_000_000) + 1_000_000;
  const pledgorCreditCode = creditCode('440507', serial % 800_000_000);
  const lenderCreditCode = creditCode('440500', (serial + 1) % 800_000_000);
  const rightNumber = patentNumber(2019, serial);
  const today = todayInChina();
  const sessions = [];
  let officer;
  let approver;
  let pledgeUrl;
  let claimShown;
  let before;

  try {
    await check('fund: an officer, an approver and a fund with a contribution and a rule are set up through the API', async () => {
      const admin = await json(base, 'POST', '/api/platform/auth/login', undefined, { username: 'admin', password: adminPassword });
      assert(admin.status === 200, `admin login ${admin.status}`);
      for (const [username, displayName, role] of [
        [officerName, '代偿经办人', 'utilization:officer'],
        [approverName, '代偿审批人', 'utilization:approver'],
      ]) {
        const created = await json(base, 'POST', '/api/platform/users', admin.body.accessToken, { username, displayName, password, roles: [role], regionCode: REGION });
        assert(created.status === 201, `user ${username} ${created.status} ${JSON.stringify(created.body)}`);
      }
      const login = await json(base, 'POST', '/api/platform/auth/login', undefined, { username: officerName, password });
      assert(login.status === 200, `officer login ${login.status}`);
      const token = login.body.accessToken;
      const fund = await json(base, 'POST', '/api/utilization/funds', token, { name: fundName });
      assert(fund.status === 201, `fund ${fund.status} ${JSON.stringify(fund.body)}`);
      const rule = await json(base, 'POST', `/api/utilization/funds/${fund.body.id}/rules`, token, { compensationRatio: '0.4', capPerLoan: '500000.00', effectiveFrom: '2020-01-01', basis: '浏览器测试规则' });
      assert(rule.status === 201, `rule ${rule.status} ${JSON.stringify(rule.body)}`);
      const contribution = await json(base, 'POST', `/api/utilization/funds/${fund.body.id}/contributions`, token, { funderName: '汕头市财政局', entryDate: today, amount: '1000000.00' });
      assert(contribution.status === 201, `contribution ${contribution.status} ${JSON.stringify(contribution.body)}`);
    });

    await check('fund: the officer applies for a pledge on the form and lands on its page', async () => {
      officer = await signIn(browser, base, officerName, password);
      sessions.push(officer);
      const { page } = officer;
      await page.goto(`${base}/utilization/pledges/new`);
      const form = page.locator('form#pledge-create');
      await form.waitFor({ timeout: WAIT });
      await form.getByLabel('出质人', { exact: true }).fill(pledgorName);
      await form.getByLabel('统一社会信用代码', { exact: true }).fill(pledgorCreditCode);
      await form.getByLabel('权利号', { exact: true }).fill(rightNumber);
      await form.getByLabel('质权人（贷款银行）', { exact: true }).fill(lenderName);
      await form.getByLabel('质权人统一社会信用代码', { exact: true }).fill(lenderCreditCode);
      await form.getByLabel('贷款金额（元）', { exact: true }).fill('500000.00');
      await form.getByLabel('申请日', { exact: true }).fill(today);
      await pick(page, form, '所在区县');
      await form.getByRole('button', { name: button('提交') }).click();
      await page.waitForURL(/\/utilization\/pledges\/[0-9a-f-]{36}$/, { timeout: WAIT });
      pledgeUrl = page.url();
      await page.getByText(pledgorName).first().waitFor({ timeout: WAIT });
      await page.getByTestId('event-1').waitFor({ timeout: WAIT });
    });

    /** One lifecycle step: its button on the detail page, its modal, and the timeline line it adds. */
    async function step(page, action, seq, fill) {
      await page.getByRole('button', { name: button(action) }).click({ timeout: WAIT });
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('生效日期', { exact: true }).fill(today);
      if (fill) await fill(dialog);
      await dialog.getByRole('button', { name: button('确认') }).click();
      await page.getByTestId(`event-${seq}`).waitFor({ timeout: WAIT });
      await dialog.waitFor({ state: 'hidden', timeout: WAIT });
    }

    await check('fund: the officer registers, disburses and defaults the pledge on its page', async () => {
      const { page } = officer;
      assert(pledgeUrl, 'no pledge page');
      await step(page, '质押登记', 2, (dialog) => dialog.getByLabel('质押登记号', { exact: true }).fill(`浏览器测试登记${suffix}`));
      await step(page, '放款', 3, async (dialog) => {
        await dialog.getByLabel('金额（元）', { exact: true }).fill('500000.00');
        await dialog.getByLabel('到期日', { exact: true }).fill(todayInChina(365));
      });
      assert((await page.getByTestId('outstanding').textContent())?.trim() === '500,000.00', `outstanding ${await page.getByTestId('outstanding').textContent()}`);
      await step(page, '违约', 4);
      const last = (await page.getByTestId('event-4').textContent()) ?? '';
      assert(last.includes('违约') && last.includes('已违约'), `the timeline's last line is "${last}"`);
    });

    await check('fund: the officer enters the lender’s claim and sees it computed at the rule’s ratio', async () => {
      const { page } = officer;
      await page.goto(`${base}/utilization/fund-claims/new`);
      const form = page.locator('form#fund-claim-create');
      await form.waitFor({ timeout: WAIT });
      await pick(page, form, '风险补偿资金', fundName);
      await pick(page, form, '已违约的质押贷款', rightNumber, rightNumber);
      await form.getByLabel('贷款损失金额（元）', { exact: true }).fill('300000.00');
      await form.getByLabel('申请日期', { exact: true }).fill(today);
      await form.getByRole('button', { name: button('提交审批') }).click();
      const amount = page.getByTestId('claim-amount');
      await amount.waitFor({ timeout: WAIT });
      claimShown = (await amount.textContent())?.trim();
      // 300,000.00 × 0.4, under the 500,000.00 cap.
      assert(fen(claimShown) === 12_000_000n, `the claim shows ${claimShown}`);
    });

    await check('fund: the ledger page shows the balance before the claim is paid', async () => {
      before = await ledgerBalance(officer.page, base, fundName);
      assert(fen(before) === 100_000_000n, `balance before ${before}`);
    });

    await check('fund: the approver, signed in separately, approves and pays the claim on the approvals page', async () => {
      approver = await signIn(browser, base, approverName, password);
      sessions.push(approver);
      const { page } = approver;
      await page.goto(`${base}/utilization/payment-approvals`);
      const row = page.getByRole('row').filter({ hasText: pledgorName });
      await row.waitFor({ timeout: WAIT });
      await row.getByRole('button', { name: button('审批') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('claim-amount').waitFor({ timeout: WAIT });
      assert(fen(await dialog.getByTestId('claim-amount').textContent()) === fen(claimShown), 'the approver sees another amount');
      await dialog.getByRole('button', { name: button('批准并支付') }).click();
      await dialog.waitFor({ state: 'hidden', timeout: WAIT });
      await page.getByText('已批准并支付').first().waitFor({ timeout: WAIT });
    });

    await check('fund: the ledger page shows the balance lower by exactly the amount paid', async () => {
      const after = await ledgerBalance(officer.page, base, fundName);
      process.stdout.write(`    balance ${before} → ${after}, claim ${claimShown}\n`);
      assert(fen(before) - fen(after) === fen(claimShown), `balance ${before} → ${after}, claim ${claimShown}`);
      await officer.page.screenshot({ path: path.join(results, 'fund-ledger.png'), fullPage: true });
    });

    await check('fund: the officer’s and the approver’s pages raised no uncaught errors', async () => {
      const errors = sessions.flatMap((s) => s.errors);
      assert(errors.length === 0, errors.join('\n'));
    });
  } finally {
    for (const session of sessions) await session.context.close().catch(() => undefined);
  }
}
