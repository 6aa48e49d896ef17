import { describe, expect, it } from 'vitest';
import { canOpenModule, safeRedirect } from './access';

describe('canOpenModule', () => {
  it('opens a module for any level of role in it, and every module for the system administrator', () => {
    expect(canOpenModule(['protection:viewer'], 'protection')).toBe(true);
    expect(canOpenModule(['protection:approver'], 'creation')).toBe(false);
    expect(canOpenModule(['system-admin'], 'utilization')).toBe(true);
    expect(canOpenModule(['auditor', 'security-admin'], 'creation')).toBe(false);
  });
});

describe('safeRedirect', () => {
  it('keeps paths inside the app and refuses the rest', () => {
    expect(safeRedirect('/creation?tab=patents')).toBe('/creation?tab=patents');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/login')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
  });
});
