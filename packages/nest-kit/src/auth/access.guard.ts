import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasModuleLevel, type TAccessClaims, type TModuleLevel } from '@ipbureau/domain';
import { ACCESS_RULE, type AccessRule } from './access.decorators.js';
import { TokenVerifier } from './token-verifier.js';
import { DomainException, forbidden, text, unauthenticated } from '../errors/domain.exception.js';

/** Applies each route's declared access rule; a route without one is refused. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      throw new DomainException('FORBIDDEN', text('该接口未声明访问规则，已拒绝', 'This route declares no access rule and is refused'));
    }
    if (rule.kind === 'public') return true;

    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: TAccessClaims }>();
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated();
    const claims = await this.verifier.verify(token);
    req.principal = claims;

    switch (rule.kind) {
      case 'authenticated':
        return true;
      case 'module':
        if (hasModuleLevel(claims.roles, rule.module, rule.level)) return true;
        throw forbidden(text(`需要「${rule.module}」模块的${LEVEL_ZH[rule.level]}权限`, `Requires ${rule.level} role in ${rule.module}`));
      case 'admin':
        if (rule.roles.some((r) => claims.roles.includes(r))) return true;
        throw forbidden(text(`需要以下角色之一：${rule.roles.join('、')}`, `Requires one of: ${rule.roles.join(', ')}`));
    }
  }
}

const LEVEL_ZH: Record<TModuleLevel, string> = { viewer: '查看', officer: '经办', approver: '审批' };
