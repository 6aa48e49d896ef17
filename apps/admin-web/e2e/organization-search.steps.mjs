// Browser steps for the unified search (issue 6): a user holding a viewer role in every pillar
// types a seeded enterprise's credit code into the shell header, picks the suggestion and
// lands on the organization profile, assembled from the pillars' APIs. run.mjs calls:
//
//   await organizationSearchSteps(browser, base, PASSWORD, { check, assert, results });
import path from 'node:path';

async function json(base, method, route, token, body) {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

export async function organizationSearchSteps(browser, base, adminPassword, { check, assert, results }) {
  const username = `viewer${Date.now().toString(36)}`;
  const password = 'Viewer#2025-browser';
  let creditCode;

  await check('a viewer of every pillar is set up and a seeded enterprise is found through creation-api', async () => {
    const admin = await json(base, 'POST', '/api/platform/auth/login', undefined, { username: 'admin', password: adminPassword });
    assert(admin.status === 200, `admin login ${admin.status}`);
    const roles = ['creation:viewer', 'utilization:viewer', 'protection:viewer', 'public-services:viewer'];
    const created = await json(base, 'POST', '/api/platform/users', admin.body.accessToken, { username, displayName: '画像查看员', password, roles, regionCode: '440500' });
    assert(created.status === 201, `user ${created.status} ${JSON.stringify(created.body)}`);
    const viewer = await json(base, 'POST', '/api/platform/auth/login', undefined, { username, password });
    assert(viewer.status === 200, `viewer login ${viewer.status}`);
    const enterprises = await json(base, 'GET', '/api/creation/enterprises?pageSize=1', viewer.body.accessToken);
    creditCode = enterprises.body.items?.[0]?.creditCode;
    assert(typeof creditCode === 'string', `no seeded enterprise: ${JSON.stringify(enterprises.body)}`);
  });

  await check('search a credit code from the header and land on the organization profile', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      const box = page.getByLabel('全平台搜索单位');
      await box.waitFor({ timeout: 15_000 });
      await box.fill(creditCode);
      await page.getByTestId('organization-hit').first().click({ timeout: 15_000 });
      await page.waitForURL(new RegExp(`/organizations/${creditCode}$`), { timeout: 10_000 });
      await page.getByTestId('section-enterprise').waitFor({ timeout: 15_000 });
      assert((await page.getByTestId('profile-credit-code').textContent()) === creditCode, 'profile shows another credit code');
      assert((await page.getByTestId('section-enterprise').getAttribute('data-state')) === 'ok', 'enterprise section not served');
      await page.screenshot({ path: path.join(results, 'organization-profile.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
}
