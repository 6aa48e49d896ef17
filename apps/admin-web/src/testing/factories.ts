import type { TAuditEvent, TDepartmentNode, TLoginLogEntry, TSession, TUser } from '@ipbureau/domain';

let counter = 0;
/** A fresh, valid UUID per call, so rows never share a key. */
export function nextId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

/** A user as the users list returns it. */
export function makeUserRecord(overrides: Partial<TUser> = {}): TUser {
  return {
    id: nextId(),
    username: 'chen',
    displayName: '陈科员',
    roles: ['creation:officer'],
    regionCode: '440500',
    departmentId: null,
    dataScope: { kind: 'region' },
    disabled: false,
    lockedUntil: null,
    lastLoginAt: '2025-03-01T01:30:00Z',
    createdAt: '2025-01-02T00:00:00Z',
    ...overrides,
  };
}

export function makeDepartment(overrides: Partial<TDepartmentNode> = {}): TDepartmentNode {
  return {
    id: nextId(),
    parentId: null,
    name: '汕头市知识产权局',
    code: 'bureau',
    regionCode: '440500',
    createdAt: '2025-01-01T00:00:00Z',
    children: [],
    ...overrides,
  };
}

export function makeSession(overrides: Partial<TSession> = {}): TSession {
  return {
    id: nextId(),
    userId: nextId(),
    username: 'chen',
    clientAddress: '10.20.30.40',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/130.0',
    createdAt: '2025-03-01T01:00:00Z',
    lastSeenAt: '2025-03-01T01:30:00Z',
    expiresAt: '2025-03-01T03:30:00Z',
    ...overrides,
  };
}

export function makeLoginEntry(overrides: Partial<TLoginLogEntry> = {}): TLoginLogEntry {
  return {
    id: String(++counter),
    username: 'chen',
    userId: null,
    success: true,
    reason: null,
    clientAddress: '10.20.30.40',
    userAgent: null,
    at: '2025-03-01T01:00:00Z',
    ...overrides,
  };
}

export function makeAuditEvent(overrides: Partial<TAuditEvent> = {}): TAuditEvent {
  return {
    seq: String(++counter),
    chain: 'platform',
    at: '2025-03-01T01:00:00Z',
    actorId: nextId(),
    actorName: '系统管理员',
    actorRoles: ['system-admin'],
    service: 'platform',
    entity: 'user',
    entityId: nextId(),
    action: 'update',
    before: null,
    after: null,
    requestId: 'req-0001',
    clientAddress: '10.20.30.40',
    regionCode: '440500',
    hash: 'ab'.repeat(32),
    ...overrides,
  };
}
