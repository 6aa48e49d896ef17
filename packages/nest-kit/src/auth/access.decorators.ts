import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { TAdminRole, TModule, TModuleLevel } from '@ipbureau/domain';

export const ACCESS_RULE = 'ipbureau:access';

/**
 * Who may call a route. Every route must declare one; the guard refuses a route without
 * (deny by default), and each service's tests check every route has one.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'module'; module: TModule; level: TModuleLevel }
  | { kind: 'admin'; roles: TAdminRole[] };

const secured = (rule: AccessRule) =>
  applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiBearerAuth(), ApiUnauthorizedResponse({ description: 'Missing, expired or invalid token' }), ApiForbiddenResponse({ description: 'The role does not allow this' }));

/** Anyone, signed in or not (health, login, public keys). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
/** Any signed-in user (their own profile, logout). */
export const Authenticated = () => secured({ kind: 'authenticated' });
/** Users holding at least `level` in `module` (an approver may also do officer work). */
export const RequireModule = (module: TModule, level: TModuleLevel) => secured({ kind: 'module', module, level });
/** Users holding one of the separated administrator roles. */
export const RequireAdmin = (...roles: TAdminRole[]) => secured({ kind: 'admin', roles });
