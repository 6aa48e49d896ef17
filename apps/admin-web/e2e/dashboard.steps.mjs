// Browser steps for the plan dashboard and the evaluation report, to run inside run.mjs once
// platform-api serves the plan layer and the demo city is seeded. run.mjs signs in first (the
// administrator holds system-admin, which opens the dashboard), then calls:
//
//   import { dashboardSteps } from './dashboard.steps.mjs';
//   await dashboardSteps(page, base, { check, assert, results });
//
// The checks read text from the page, never pixels.
import path from 'node:path';

/**
 * The 2025 targets of the 14th plan's indicator table, as the cards print them (thousands
 * separators, no trailing zeros). Pledge financing may be stored in 元 or in 亿元.
 */
export const FOURTEENTH_PLAN_TARGETS = [['180,000'], ['4,000'], ['7'], ['1.74'], ['350,000'], ['800,000,000', '8'], ['10'], ['25'], ['80'], ['47']];

async function defaultCheck(name, fn) {
  await fn();
  process.stdout.write(`  ✓ ${name}\n`);
}

function defaultAssert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Every expected target matched by a different card; returns the ones not found. */
export function missingTargets(shown, expected = FOURTEENTH_PLAN_TARGETS) {
  const left = [...shown];
  const missing = [];
  for (const alternatives of expected) {
    const at = left.findIndex((text) => alternatives.includes(text));
    if (at === -1) missing.push(alternatives.join(' / '));
    else left.splice(at, 1);
  }
  return missing;
}

export async function dashboardSteps(page, base, { check = defaultCheck, assert = defaultAssert, results } = {}) {
  const cards = page.getByTestId('indicator-card');

  await check('the dashboard shows the ten indicators of the 14th plan with their 2025 targets', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('规划', { exact: true }).waitFor({ timeout: 30_000 });
    // Pick the 14th plan (2021–2025) in the switcher, whichever plan the dashboard opened on.
    await page.getByLabel('规划', { exact: true }).click();
    await page.locator('.ant-select-item-option[title*="2021–2025"]').first().click();
    // (When the dashboard opened on that plan already, the address does not change.)
    await cards.nth(9).waitFor({ timeout: 30_000 });
    const count = await cards.count();
    assert(count === 10, `expected 10 indicator cards, found ${count}`);
    const targets = (await page.getByTestId('indicator-target').allTextContents()).map((text) => text.trim());
    const missing = missingTargets(targets);
    assert(missing.length === 0, `targets not shown: ${missing.join(', ')} (cards show ${targets.join(', ')})`);
    const labels = await cards.allTextContents();
    assert(labels.every((text) => text.includes('2025年目标')), 'a card does not name its target as the 2025 target');
    assert(await page.getByTestId('computed-at').isVisible(), 'the time of computation is not shown');
    if (results) await page.screenshot({ path: path.join(results, 'dashboard.png'), fullPage: true });
  });

  await check('the evaluation report page renders in Chinese and prints without the shell', async () => {
    await page.getByRole('button', { name: /评估报告/ }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+\/report\?year=\d{4}/, { timeout: 10_000 });
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor({ timeout: 30_000 });
    const heading = (await title.textContent()) ?? '';
    assert(/^汕头市知识产权.*\d{4}年度实施评估报告$/.test(heading.trim()), `report title reads “${heading}”`);
    for (const text of ['一、总体情况', '二、主要指标完成情况', '完成率', '四、重点任务进展']) {
      assert(await page.getByText(text, { exact: true }).first().isVisible(), `“${text}” is not on the report`);
    }
    const rows = await page.getByTestId('report-row').count();
    assert(rows === 10, `expected 10 rows in the indicator table, found ${rows}`);
    const summary = (await page.getByTestId('report-summary').textContent()) ?? '';
    assert(summary.startsWith('纳入评估的 10 项指标中'), `summary reads “${summary}”`);
    if (results) await page.screenshot({ path: path.join(results, 'report.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    try {
      assert(!(await page.locator('.ant-layout-sider').isVisible()), 'the menu is printed');
      assert(!(await page.getByText('打印 / 另存为 PDF').isVisible()), 'the toolbar is printed');
      const font = await page.getByTestId('plan-report').evaluate((element) => getComputedStyle(element).fontFamily);
      assert(font.includes('Noto Sans CJK SC') && font.includes('Microsoft YaHei'), `report font is ${font}`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
}
