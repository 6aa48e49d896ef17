import { describe, expect, it } from 'vitest';
import { ZPledgeEventMessage } from '../utilization/events.js';
import { ipcPrefixMatches, normalizeIpcPrefix } from './high-value.js';

describe('IPC prefixes of the industry mapping', () => {
  it('writes a section, class, subclass, main group or symbol in canonical form', () => {
    expect(['h', 'H01', 'h01m', 'C07D401', 'c07d 0401', ' H04L 9/32 '].map(normalizeIpcPrefix)).toEqual(['H', 'H01', 'H01M', 'C07D 401', 'C07D 401', 'H04L 9/32']);
    expect(['Z99', 'H00', 'H01M 0', 'H01M 4/', ''].map(normalizeIpcPrefix)).toEqual([null, null, null, null, null]);
  });

  it('matches a symbol under the prefix, not one that continues its number', () => {
    expect(ipcPrefixMatches('C07D 401', 'C07D 401/04')).toBe(true);
    expect(ipcPrefixMatches('C07D 401', 'C07D 4011/00')).toBe(false);
    expect(ipcPrefixMatches('H01M', 'H01M 10/052')).toBe(true);
    expect(ipcPrefixMatches('H04L 9/32', 'H04L 9/32')).toBe(true);
    expect(ipcPrefixMatches('H04L 9/32', 'H04L 9/321')).toBe(false);
    expect(ipcPrefixMatches('H01', 'H01M 10/052')).toBe(true);
  });
});

describe('pledge event payloads', () => {
  it('accept a registration naming patents by number with or without ZL, and refuse a bad check digit', () => {
    const event = { type: 'pledge.registered', eventId: crypto.randomUUID(), pledgeId: crypto.randomUUID(), rights: [{ kind: 'patent', number: '201710601862.3' }], registeredOn: '2022-01-01', regionCode: '440507' };
    expect(ZPledgeEventMessage.parse(event).rights).toEqual([{ kind: 'patent', number: 'ZL201710601862.3' }]);
    expect(ZPledgeEventMessage.safeParse({ ...event, rights: [{ kind: 'patent', number: '201710601862.4' }] }).success).toBe(false);
    expect(ZPledgeEventMessage.safeParse({ ...event, type: 'pledge.released' }).success).toBe(false);
  });
});
