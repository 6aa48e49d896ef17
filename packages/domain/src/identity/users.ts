import { z } from 'zod';
import { ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { ZDataScope } from './scope.js';
import { ZRole, adminRolesConflict } from './roles.js';
import { ZPassword } from './auth.js';

export const ZDepartment = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  code: z.string(),
  regionCode: ZRegionCode,
  createdAt: ZInstant,
});
export type TDepartment = z.infer<typeof ZDepartment>;

export const ZDepartmentCreate = z.strictObject({
  parentId: z.uuid().nullable().default(null),
  name: z.string().trim().min(1).max(100),
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,32}$/),
  regionCode: ZRegionCode,
});
export type TDepartmentCreate = z.infer<typeof ZDepartmentCreate>;

/** A department with its children, as the tree the admin screen draws. */
export type TDepartmentNode = TDepartment & { children: TDepartmentNode[] };

const rolesField = z
  .array(ZRole)
  .max(20)
  .refine((roles) => !adminRolesConflict(roles), { params: { i18n: 'roles.adminSeparation' } });

export const ZUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  regionCode: ZRegionCode,
  departmentId: z.uuid().nullable(),
  dataScope: ZDataScope,
  disabled: z.boolean(),
  lockedUntil: ZInstant.nullable(),
  lastLoginAt: ZInstant.nullable(),
  createdAt: ZInstant,
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserCreate = z.strictObject({
  username: z.string().trim().refine((v) => /^[a-z][a-z0-9._-]{2,31}$/.test(v), { params: { i18n: 'username.format' } }),
  displayName: z.string().trim().min(1).max(64),
  password: ZPassword,
  roles: rolesField,
  regionCode: ZRegionCode,
  departmentId: z.uuid().nullable().default(null),
  dataScope: ZDataScope.default({ kind: 'region' }),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.strictObject({
  displayName: z.string().trim().min(1).max(64).optional(),
  roles: rolesField.optional(),
  departmentId: z.uuid().nullable().optional(),
  dataScope: ZDataScope.optional(),
  disabled: z.boolean().optional(),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZUserListQuery = ZPageQuery.extend({ q: z.string().trim().max(64).optional() });

export const ZSession = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  username: z.string(),
  clientAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: ZInstant,
  lastSeenAt: ZInstant,
  expiresAt: ZInstant,
});
export type TSession = z.infer<typeof ZSession>;

export const ZLoginLogEntry = z.object({
  id: z.string(),
  username: z.string(),
  userId: z.uuid().nullable(),
  success: z.boolean(),
  reason: z.string().nullable(),
  clientAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  at: ZInstant,
});
export type TLoginLogEntry = z.infer<typeof ZLoginLogEntry>;

export const ZLoginLogQuery = ZPageQuery.extend({
  username: z.string().trim().max(64).optional(),
  success: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const ZPasswordReset = z.strictObject({ password: ZPassword });
export type TPasswordReset = z.infer<typeof ZPasswordReset>;

export const ZDepartmentTreeNode: z.ZodType<TDepartmentNode> = z.lazy(() =>
  ZDepartment.extend({ children: z.array(ZDepartmentTreeNode) }),
);
