import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { localeFromHeader, type TAccessClaims, type TLocale } from '@ipbureau/domain';
import { unauthenticated } from '../errors/domain.exception.js';

/**
 * What a service needs to know about the call it is serving: who (the verified token's
 * claims), which request (id, client address) and in which language to answer. Services
 * that write take it as their first argument so audit entries say who and which request.
 */
export interface RequestContext {
  requestId: string;
  principal: TAccessClaims | null;
  clientAddress: string | null;
  userAgent: string | null;
  locale: TLocale;
}

export interface AuthenticatedContext extends RequestContext {
  principal: TAccessClaims;
}

export interface ContextRequest {
  id?: string;
  ip?: string;
  principal?: TAccessClaims;
  headers: Record<string, string | string[] | undefined>;
}

export function contextFromRequest(req: ContextRequest): RequestContext {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    requestId: req.id ?? 'unknown',
    principal: req.principal ?? null,
    clientAddress: req.ip ?? null,
    userAgent: header('user-agent')?.slice(0, 300) ?? null,
    locale: localeFromHeader(header('accept-language')),
  };
}

/** The request context of a route open to anyone. */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext =>
  contextFromRequest(ctx.switchToHttp().getRequest<ContextRequest>()),
);

/** The request context of a route that requires a signed-in user. */
export const AuthCtx = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedContext => {
  const context = contextFromRequest(ctx.switchToHttp().getRequest<ContextRequest>());
  if (!context.principal) throw unauthenticated();
  return context as AuthenticatedContext;
});
