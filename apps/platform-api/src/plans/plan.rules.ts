import { hasModuleLevel, type TLocale } from '@ipbureau/domain';
import { conflict, DomainException, forbidden, isWithinDivision, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import type { PlanEntity } from './plan.entity.js';

/**
 * Who decides a plan's content (creating it, its indicators and targets, activating or closing
 * it): the plan module's approver (科长), or the system administrator — the issue asks that "an
 * administrator can create the 15th plan", and the first administrator holds only viewer roles
 * in the modules. Officers enter tasks, reports and population; viewers read.
 */
export function assertPlanDecider(ctx: AuthenticatedContext): void {
  const roles = ctx.principal.roles;
  if (!hasModuleLevel(roles, 'plan', 'approver') && !roles.includes('system-admin')) {
    throw forbidden(text('只有规划模块审批人或系统管理员可以制定规划及其指标', 'Only a plan approver or the system administrator may set a plan, its indicators and targets'));
  }
}

/** A plan is visible to users whose region contains the plan's region; others get 404. */
export function assertPlanVisible(ctx: AuthenticatedContext, plan: PlanEntity | null): asserts plan is PlanEntity {
  if (!plan || !isWithinDivision(plan.regionCode, ctx.principal.region)) throw notFound('规划', 'Plan');
}

export function assertVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw conflict(text(`记录已被他人修改（当前版本 ${current}，您提交的版本 ${sent}），请刷新后重试`, `The record was changed by someone else (version ${current}, you sent ${sent}); reload it and try again`));
  }
}

/** 400 naming one field, in the request's language. */
export function fieldError(locale: TLocale, path: string, zh: string, en: string): DomainException {
  return new DomainException('VALIDATION_FAILED', text(zh, en), [{ path, code: 'custom', message: locale === 'en' ? en : zh }]);
}
