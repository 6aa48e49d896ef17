import { describe, expect, it } from 'vitest';
import { healthState } from './health.queries';

describe('healthState', () => {
  it('is up only when the service answers ok and its database is up', () => {
    expect(healthState({ isPending: false, isError: false, data: { status: 'ok', service: 'creation', database: 'up' } })).toBe('up');
    expect(healthState({ isPending: false, isError: false, data: { status: 'ok', service: 'creation', database: 'down' } })).toBe('down');
    expect(healthState({ isPending: false, isError: true })).toBe('down');
    expect(healthState({ isPending: true, isError: false })).toBe('checking');
  });
});
