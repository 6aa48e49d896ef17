import type { TCurrentUser, TUser } from '@ipbureau/domain';
import type { UserEntity } from './user.entity.js';

export function mapUser(u: UserEntity): TUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    regionCode: u.regionCode,
    departmentId: u.departmentId,
    dataScope: u.dataScope,
    disabled: u.disabled,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

export function mapCurrentUser(u: UserEntity): TCurrentUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    regionCode: u.regionCode,
    departmentId: u.departmentId,
    dataScope: u.dataScope,
    mustChangePassword: u.mustChangePassword,
  };
}

/** What the audit trail keeps of a user: never the password hash. */
export function auditableUser(u: UserEntity) {
  const { passwordHash: _hash, failedAttempts: _f, lastLoginAt: _l, updatedAt: _u, ...rest } = u;
  return rest;
}
