import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertScanner } from '@ipbureau/nest-kit';
import type { TestService } from '@ipbureau/nest-kit/testing';
import { ADMIN_PASSWORD, apiOf, createUser, login, sql, startPlatform, USER_PASSWORD, type Api } from './platform.factory.js';

// platform-api raises alerts about its own plan tasks and delivers them like any pillar's.

let platform: TestService;
let api: Api;
let adminToken: string;
let planId: string;

beforeAll(async () => {
  platform = await startPlatform();
  api = apiOf(platform);
  adminToken = (await login(api, 'admin', ADMIN_PASSWORD)).accessToken;
  planId = (await sql<{ id: string }>(platform.databaseUrl, `SELECT id FROM platform.plans WHERE status = 'active' ORDER BY start_year LIMIT 1`))[0]!.id;
});
afterAll(async () => {
  await platform?.close();
});

async function userIn(department: string, roles: ('plan:officer' | 'plan:viewer' | 'plan:approver')[]) {
  const [dept] = await sql<{ id: string }>(platform.databaseUrl, `SELECT id FROM platform.departments WHERE code = $1`, [department]);
  const user = await createUser(api, adminToken, roles, { departmentId: dept!.id });
  return (await login(api, user.username, USER_PASSWORD)).accessToken;
}

async function inboxOf(token: string) {
  return (await api('GET', '/me/notifications?pageSize=200', { token })).body as { total: number; items: { kind: string; title: string; dueDate: string; link: string }[] };
}

describe('alerts on plan milestones', () => {
  it('reminds the responsible department 14 days ahead and again once overdue; a done milestone is quiet', async () => {
    const officer = await userIn('IP-PROTECTION', ['plan:officer']);
    const elsewhere = await userIn('IP-CREATION', ['plan:officer']);
    const created = await api('POST', `/plans/${planId}/tasks`, {
      token: officer,
      body: {
        chapter: '四（四）',
        item: '（9）',
        title: '建设知识产权纠纷快速处理机制',
        responsibleDepartment: 'IP-PROTECTION',
        milestones: [
          { title: '出台快速处理工作规程', dueDate: '2030-06-30' },
          { title: '已完成的节点', dueDate: '2030-06-01', doneOn: '2026-01-10' },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const scanner = platform.app.get(AlertScanner);

    await scanner.runOnce('2030-06-15');
    await scanner.runOnce('2030-06-16');
    const mine = async () => (await inboxOf(officer)).items.filter((n) => n.title.includes('出台快速处理工作规程'));
    await expect.poll(async () => (await mine()).length, { timeout: 15_000 }).toBe(1);
    expect(await mine()).toEqual([expect.objectContaining({ kind: 'milestone.due_near', dueDate: '2030-06-30', link: `/plans/${planId}` })]);
    expect((await inboxOf(officer)).items.some((n) => n.title.includes('已完成的节点'))).toBe(false);

    await scanner.runOnce('2030-07-01');
    await expect
      .poll(async () => (await mine()).map((n) => n.kind).sort(), { timeout: 15_000 })
      .toEqual(['milestone.due_near', 'milestone.overdue']);
    expect((await inboxOf(elsewhere)).items.some((n) => n.title.includes('出台快速处理工作规程'))).toBe(false);
  });
});
