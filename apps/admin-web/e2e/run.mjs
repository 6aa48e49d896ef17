#!/usr/bin/env node
// Browser test over the running stack: the real services on real PostgreSQL, the built
// admin web on one origin, driven by Playwright in Debian's Chromium (no browser download).
// Prints a Vitest-style summary line so the test command counts it.
import path from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { freePort, makeTempDir, startStack } from '@ipbureau/dev-stack';
import { dashboardSteps } from './dashboard.steps.mjs';
import { organizationSearchSteps } from './organization-search.steps.mjs';
import { fundSteps } from './fund.steps.mjs';
import { importSteps } from './import.steps.mjs';
import { caseSteps } from './case.steps.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const results = path.resolve(here, '../test-results');
const PASSWORD = 'Browser-Test-2025!';
const SERVICES = ['platform', 'creation', 'utilization', 'protection', 'public-services'];

const checks = [];
async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    checks.push({ name, ok: true });
    process.stdout.write(`  ✓ ${name} (${Date.now() - t} ms)\n`);
  } catch (error) {
    checks.push({ name, ok: false });
    process.stdout.write(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}\n`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const dataDir = await makeTempDir('ipb-browser-');
const webPort = await freePort();
let stack;
let browser;
try {
  stack = await startStack({
    root,
    dataDir,
    webPort,
    servicePortBase: 0,
    embeddedPort: await freePort(),
    env: { IPB_ADMIN_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' },
    // The demo city, as `npm start` seeds it: the dashboard shows the plan against real figures.
    demo: true,
    log: (line) => process.stdout.write(`  [stack] ${line}\n`),
  });
  const base = `http://127.0.0.1:${webPort}`;

  await check('every service answers health and serves its OpenAPI docs through the one origin', async () => {
    for (const service of SERVICES) {
      const health = await fetch(`${base}/api/${service}/health`);
      assert(health.status === 200, `${service} health ${health.status}`);
      const body = await health.json();
      assert(body.database === 'up', `${service} database ${body.database}`);
      const docs = await fetch(`${base}/api/${service}/docs`);
      assert(docs.status === 200 && (await docs.text()).includes('swagger'), `${service} docs ${docs.status}`);
      const json = await fetch(`${base}/api/${service}/docs-json`);
      assert((await json.json()).openapi?.startsWith('3.'), `${service} docs-json`);
    }
  });

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await check('an unauthenticated visit lands on the Chinese login page', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('用户名').waitFor({ timeout: 15_000 });
    assert(new URL(page.url()).pathname === '/login', `expected /login, got ${page.url()}`);
    assert((await page.locator('html').getAttribute('lang')) === 'zh-CN', 'html lang is not zh-CN');
  });

  await check('a wrong password shows the server’s message on the page', async () => {
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码错误').first().waitFor({ timeout: 10_000 });
  });

  await check('the administrator signs in and sees all four pillar menus', async () => {
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    for (const module of ['creation', 'utilization', 'protection', 'public-services']) {
      await page.getByTestId(`menu-${module}`).waitFor({ timeout: 15_000 });
    }
    for (const label of ['知识产权创造', '知识产权运用', '知识产权保护', '公共服务']) {
      assert(await page.getByText(label).first().isVisible(), `menu ${label} not visible`);
    }
    await mkdir(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'shell.png') });
  });

  await check('a pillar module opens from its menu', async () => {
    await page.getByTestId('menu-protection').click();
    await page.waitForURL(/\/protection/, { timeout: 10_000 });
  });

  await dashboardSteps(page, base, { check, assert, results });

  await check('the shell has the notification bell', async () => {
    await page.goto(`${base}/`);
    const bell = page.getByTestId('notification-bell');
    await bell.waitFor({ timeout: 10_000 });
    assert((await bell.getAttribute('aria-label'))?.startsWith('通知'), `bell label ${await bell.getAttribute('aria-label')}`);
  });

  await organizationSearchSteps(browser, base, PASSWORD, { check, assert, results });

  await fundSteps(browser, base, PASSWORD, { check, assert, results });

  await importSteps(browser, base, PASSWORD, { check, assert, results });
  await caseSteps(browser, base, PASSWORD, { check, assert, results });

  await check('the page raised no uncaught errors', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
} catch (error) {
  checks.push({ name: 'stack', ok: false });
  process.stdout.write(`  ✗ could not run the browser test: ${error?.stack ?? error}\n`);
} finally {
  await browser?.close().catch(() => undefined);
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const failed = checks.filter((c) => !c.ok).length;
const passed = checks.length - failed;
process.stdout.write(`\n      Tests  ${failed ? `${failed} failed | ` : ''}${passed} passed (${checks.length})\n`);
process.exit(failed ? 1 : 0);
