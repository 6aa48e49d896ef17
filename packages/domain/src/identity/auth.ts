import { z } from 'zod';
import { ZRegionCode, ZInstant } from '../common/scalars.js';
import { ZDataScope } from './scope.js';
import { ZRole } from './roles.js';

export const ZLoginRequest = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZRefreshRequest = z.strictObject({ refreshToken: z.string().min(20).max(512) });
export type TRefreshRequest = z.infer<typeof ZRefreshRequest>;

export const ZCurrentUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  regionCode: ZRegionCode,
  departmentId: z.uuid().nullable(),
  dataScope: ZDataScope,
  mustChangePassword: z.boolean(),
});
export type TCurrentUser = z.infer<typeof ZCurrentUser>;

export const ZTokenResponse = z.object({
  tokenType: z.literal('Bearer'),
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  refreshToken: z.string(),
  refreshExpiresAt: ZInstant,
  user: ZCurrentUser,
});
export type TTokenResponse = z.infer<typeof ZTokenResponse>;

/** Claims of the access token every service verifies with platform-api's public key. */
export const ZAccessClaims = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
  name: z.string(),
  roles: z.array(ZRole),
  region: ZRegionCode,
  dept: z.uuid().nullable(),
  scope: ZDataScope,
});
export type TAccessClaims = z.infer<typeof ZAccessClaims>;

/**
 * Password rules (等保 level 3 practice): at least 10 characters with three of the four kinds
 * (lower case, upper case, digits, symbols), and not containing the username.
 */
export function passwordProblems(password: string, username = ''): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('password.tooShort');
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (kinds < 3) problems.push('password.tooSimple');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('password.containsUsername');
  return problems;
}

export const ZPassword = z.string().max(256).superRefine((value, ctx) => {
  for (const key of passwordProblems(value)) ctx.addIssue({ code: 'custom', params: { i18n: key } });
});

export const ZChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: ZPassword,
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;
