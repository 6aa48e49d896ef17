import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { TRole } from '@ipbureau/domain';
import { fakeBackend, makeUser } from '../testing/fake-backend';
import { renderApp } from '../testing/render-app';

async function menuFor(roles: TRole[]): Promise<(string | undefined)[]> {
  renderApp('/', fakeBackend({ user: makeUser({ roles }) }), { signedIn: true });
  await screen.findByTestId('menu-dashboard');
  return screen.getAllByTestId(/^menu-/).map((element) => element.dataset.testid);
}

describe('the main menu', () => {
  it('offers exactly the pillars the user holds a role in, at any level', async () => {
    expect(await menuFor(['creation:viewer', 'protection:approver'])).toEqual(['menu-dashboard', 'menu-creation', 'menu-protection']);
  });

  it('offers every pillar and the user and department pages to the system administrator', async () => {
    expect(await menuFor(['system-admin'])).toEqual([
      'menu-dashboard',
      'menu-plans',
      'menu-creation',
      'menu-utilization',
      'menu-protection',
      'menu-public-services',
      'menu-admin-users',
      'menu-admin-departments',
    ]);
    expect(screen.getByTestId('menu-creation').textContent).toBe('知识产权创造');
    expect(screen.getByTestId('menu-utilization').textContent).toBe('知识产权运用');
    expect(screen.getByTestId('menu-protection').textContent).toBe('知识产权保护');
    expect(screen.getByTestId('menu-public-services').textContent).toBe('公共服务');
    expect(screen.getByText('系统管理')).toBeTruthy();
  });

  it('gives the auditor the logs and no pillar', async () => {
    expect(await menuFor(['auditor'])).toEqual(['menu-dashboard', 'menu-admin-loginLog', 'menu-admin-auditLog']);
  });

  it('combines a pillar role with the security administrator’s pages, and ignores the plan role here', async () => {
    expect(await menuFor(['security-admin', 'public-services:officer', 'plan:viewer'])).toEqual([
      'menu-dashboard',
      'menu-public-services',
      'menu-admin-users',
      'menu-admin-sessions',
      'menu-admin-loginLog',
    ]);
  });

  it('offers plan management to plan officers and approvers, not to viewers', async () => {
    expect(await menuFor(['plan:officer'])).toEqual(['menu-dashboard', 'menu-plans']);
  });

  it('has no administration group for a pillar officer', async () => {
    expect(await menuFor(['utilization:officer'])).toEqual(['menu-dashboard', 'menu-utilization']);
    expect(screen.queryByText('系统管理')).toBeNull();
  });
});
