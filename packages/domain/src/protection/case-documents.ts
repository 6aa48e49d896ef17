import { z } from 'zod';
import { compareDates, isCalendarDate, todayInChina } from '../common/dates.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZCalendarDate, ZInstant } from '../common/scalars.js';

/**
 * The register of a case's documents 案卷文书: what the case file holds, in the order the
 * documents are dated. An entry is never deleted; a wrong one is voided with a reason and stays.
 */
export const CASE_DOCUMENT_KINDS = [
  'registration_approval',
  'inquiry_record',
  'inspection_record',
  'evidence',
  'penalty_notice',
  'penalty_decision',
  'service_receipt',
  'closing_approval',
  'other',
] as const;
export const ZCaseDocumentKind = z.enum(CASE_DOCUMENT_KINDS);
export type TCaseDocumentKind = z.infer<typeof ZCaseDocumentKind>;

export const CASE_DOCUMENT_KIND_LABELS: Record<TCaseDocumentKind, { zh: string; en: string }> = {
  registration_approval: { zh: '立案审批表', en: 'Registration approval form' },
  inquiry_record: { zh: '询问笔录', en: 'Record of inquiry' },
  inspection_record: { zh: '现场检查笔录', en: 'Record of on-site inspection' },
  evidence: { zh: '证据材料', en: 'Evidence' },
  penalty_notice: { zh: '行政处罚告知书', en: 'Notice of intended penalty' },
  penalty_decision: { zh: '行政处罚决定书', en: 'Penalty decision' },
  service_receipt: { zh: '送达回证', en: 'Proof of service' },
  closing_approval: { zh: '结案审批表', en: 'Closing approval form' },
  other: { zh: '其他', en: 'Other' },
};

registerDomainMessages({
  'caseDocument.dated.future': { 'zh-CN': '文书日期不能晚于今天', en: 'The document’s date cannot be later than today' },
  'caseDocument.dated.beforeRegistration': { 'zh-CN': '文书日期不能早于立案日期', en: 'The document’s date cannot be before the case’s registration' },
});

export const ZCaseDocumentCreate = z.strictObject({
  kind: ZCaseDocumentKind,
  documentNumber: z.string().trim().max(64).optional().describe('The document’s number 文号, e.g. 汕市监知罚〔2025〕3号'),
  title: z.string().trim().min(1).max(200).describe('Title of the document'),
  // Dated on a day that has come (China Standard Time); not before the case's registration (checked against the case).
  dated: ZCalendarDate.refine((date) => !isCalendarDate(date) || compareDates(date, todayInChina()) <= 0, {
    params: { i18n: 'caseDocument.dated.future' },
  }).describe('Date the document bears, on or after the case’s registration date'),
});
export type TCaseDocumentCreate = z.infer<typeof ZCaseDocumentCreate>;

export const ZCaseDocumentVoid = z.strictObject({
  reason: z.string().trim().min(1).max(1000).describe('Why the entry is voided 作废原因'),
});
export type TCaseDocumentVoid = z.infer<typeof ZCaseDocumentVoid>;

export const ZCaseDocument = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: ZCaseDocumentKind,
  documentNumber: z.string().nullable(),
  title: z.string(),
  dated: ZCalendarDate,
  recordedBy: z.object({ userId: z.uuid(), name: z.string() }),
  recordedAt: ZInstant,
  /** Set once the entry is voided; a voided entry stays in the register. */
  voided: z.object({ at: ZInstant, by: z.object({ userId: z.uuid(), name: z.string() }), reason: z.string() }).nullable(),
});
export type TCaseDocument = z.infer<typeof ZCaseDocument>;

export const ZCaseDocumentParams = z.object({ id: z.uuid(), docId: z.uuid() });
