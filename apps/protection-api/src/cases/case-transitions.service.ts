import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareDates } from '@ipbureau/domain';
import {
  allowedActions,
  CASE_ACTION_LABELS,
  transitionFor,
  type TCaseDetail,
  type TCaseTransitionRequest,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, forbidden, inTransaction, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { CaseEventEntity } from './case-event.entity.js';
import { caseFiles, findCaseInScope, staleVersion } from './case-file.repository.js';
import { mapCaseDetail } from './cases.mapper.js';
import { CasesService, forTheAuditTrail } from './cases.service.js';
import type { EnforcementCaseEntity } from './enforcement-case.entity.js';

/** What each step records on the case row and in its timeline entry. */
function recordedBy(input: TCaseTransitionRequest): { changes: Partial<EnforcementCaseEntity>; details: Record<string, string>; fineAmount?: string; confiscationAmount?: string } {
  switch (input.action) {
    case 'decide': {
      const { outcome, decisionNumber } = input;
      const fineAmount = input.fineAmount ?? null;
      const confiscationAmount = input.confiscationAmount ?? null;
      const details: Record<string, string> = { outcome, decisionNumber };
      if (fineAmount !== null) details.fineAmount = fineAmount;
      if (confiscationAmount !== null) details.confiscationAmount = confiscationAmount;
      return { changes: { outcome, decisionNumber, fineAmount, confiscationAmount }, details, fineAmount: fineAmount ?? undefined, confiscationAmount: confiscationAmount ?? undefined };
    }
    case 'transfer':
      return { changes: { transferRecipientKind: input.recipientKind, transferRecipientName: input.recipientName }, details: { recipientKind: input.recipientKind, recipientName: input.recipientName } };
    case 'withdraw':
    case 'suspend':
    case 'extend':
      return { changes: {}, details: { reason: input.reason } };
    case 'mediate':
      return { changes: { agreementDate: input.agreementDate }, details: { agreementDate: input.agreementDate } };
    default:
      return { changes: {}, details: {} };
  }
}

const labels = (actions: readonly (keyof typeof CASE_ACTION_LABELS)[], lang: 'zh' | 'en') =>
  actions.map((a) => (lang === 'zh' ? `${CASE_ACTION_LABELS[a].zh}（${a}）` : a)).join(lang === 'zh' ? '、' : ', ');

@Injectable()
export class CaseTransitionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly cases: CasesService,
  ) {}

  /**
   * Takes one step of the case's life: checks the caller read the current version, that the
   * transition table has the step from the case's status and that the caller's role may take it,
   * then moves the status, keeps what the step recorded and appends the dated timeline entry.
   */
  async apply(ctx: AuthenticatedContext, id: string, input: TCaseTransitionRequest): Promise<TCaseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await findCaseInScope(em, ctx, id);
      if (row.version !== input.version) throw staleVersion();
      const extended = await em.getRepository(CaseEventEntity).existsBy({ caseId: id, action: 'extend' });
      const state = { status: row.status, outcome: row.outcome, extended };
      const transition = transitionFor(state, input.action);
      if (!transition) {
        const allowed = allowedActions(state, ctx.principal.roles);
        throw conflict(
          allowed.length
            ? text(`案件当前状态下不能「${CASE_ACTION_LABELS[input.action].zh}」，可执行的操作：${labels(allowed, 'zh')}`, `A ${row.status} case cannot take "${input.action}"; allowed: ${labels(allowed, 'en')}`)
            : text(`案件当前状态下不能「${CASE_ACTION_LABELS[input.action].zh}」，您没有可执行的操作`, `A ${row.status} case cannot take "${input.action}"; no action is open to you`),
        );
      }
      if (!allowedActions(state, ctx.principal.roles).includes(input.action)) {
        throw forbidden(text(`「${CASE_ACTION_LABELS[input.action].zh}」须由审批负责人操作`, `"${input.action}" is taken by an approver`));
      }
      const before = mapCaseDetail(await caseFiles.load(em, row), ctx.principal.roles);
      this.checkDates(ctx, input, before);
      const { changes, details, fineAmount, confiscationAmount } = recordedBy(input);
      await caseFiles.bumpVersion(em, id, input.version, { ...changes, status: transition.to, statusDate: input.effectiveDate });
      await em.getRepository(CaseEventEntity).insert({
        caseId: id,
        action: input.action,
        fromStatus: transition.from,
        toStatus: transition.to,
        effectiveDate: input.effectiveDate,
        details,
        fineAmount: fineAmount ?? null,
        confiscationAmount: confiscationAmount ?? null,
        note: input.note ?? null,
        actorId: ctx.principal.sub,
        actorName: ctx.principal.name,
        regionCode: row.regionCode,
      });
      const after = await this.cases.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'case', entityId: id, action: 'transition', before: forTheAuditTrail(before), after: forTheAuditTrail(after), regionCode: row.regionCode });
      return after;
    });
  }

  /** A step cannot be dated before the step it follows; a mediation agreement is signed between registration and the step. */
  private checkDates(ctx: AuthenticatedContext, input: TCaseTransitionRequest, current: TCaseDetail): void {
    const last = current.timeline.at(-1)?.effectiveDate ?? current.registeredDate;
    const en = ctx.locale === 'en';
    if (compareDates(input.effectiveDate, last) < 0) {
      throw new DomainException('VALIDATION_FAILED', text(`日期不能早于上一步骤的日期 ${last}`, `The date cannot be before the previous step’s date ${last}`), [
        { path: 'effectiveDate', code: 'case.effectiveDate.beforePrevious', message: en ? `before ${last}` : `早于 ${last}` },
      ]);
    }
    if (input.action === 'mediate' && (compareDates(input.agreementDate, current.registeredDate) < 0 || compareDates(input.agreementDate, input.effectiveDate) > 0)) {
      throw new DomainException('VALIDATION_FAILED', text('调解协议日期应在立案日期与本步骤日期之间', 'The agreement date must lie between registration and this step’s date'), [
        { path: 'agreementDate', code: 'case.agreementDate.range', message: en ? 'outside registration – effective date' : '不在立案日期与本步骤日期之间' },
      ]);
    }
  }
}

