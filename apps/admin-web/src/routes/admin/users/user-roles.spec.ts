import { describe, expect, it } from 'vitest';
import { groupRoles, levelIn, withChoice } from './user-roles';

describe('groupRoles', () => {
  it('groups module roles in the plan’s order with their levels ranked, admin roles apart', () => {
    expect(groupRoles(['plan:viewer', 'system-admin', 'creation:approver', 'creation:viewer'])).toEqual({
      modules: [
        { module: 'creation', levels: ['viewer', 'approver'] },
        { module: 'plan', levels: ['viewer'] },
      ],
      admin: ['system-admin'],
    });
  });
});

describe('the role picker’s arithmetic', () => {
  it('reads a module’s highest level, since it includes the lower ones', () => {
    expect(levelIn(['protection:viewer', 'protection:officer'], 'protection')).toBe('officer');
    expect(levelIn(['protection:viewer'], 'creation')).toBe('none');
  });

  it('changes one module and keeps the others and the admin role', () => {
    expect(withChoice(['creation:viewer', 'auditor'], { module: 'protection', level: 'approver' })).toEqual(['creation:viewer', 'protection:approver', 'auditor']);
    expect(withChoice(['creation:viewer', 'auditor'], { module: 'creation', level: 'none' })).toEqual(['auditor']);
  });

  it('holds at most one administrator role: choosing another replaces it', () => {
    expect(withChoice(['system-admin', 'plan:viewer'], { admin: 'security-admin' })).toEqual(['plan:viewer', 'security-admin']);
    expect(withChoice(['system-admin'], { admin: 'none' })).toEqual([]);
  });
});
