import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZEnterpriseRef, ZIpRight, ZIpRights } from './product-shared.js';
import { ZVersion } from '../common/lifecycle.js';
import { ZPositiveMoney } from './pledges.js';

/**
 * Technology transfer 转让 and licensing 许可 (plan 四.三): contracts by which a licensor assigns
 * or licenses rights to a licensee, with the amount and the registration (备案) with CNIPA; and
 * commercialization projects 专利产业化项目 with the support funds granted to them.
 */
export const TRANSFER_KINDS = ['assignment', 'license'] as const;
export const ZTransferKind = z.enum(TRANSFER_KINDS);
export type TTransferKind = z.infer<typeof ZTransferKind>;

/** 独占许可 exclusive (not even the licensor uses it), 排他许可 sole (licensor and licensee), 普通许可 ordinary. */
export const LICENSE_KINDS = ['exclusive', 'sole', 'ordinary'] as const;
export const ZLicenseKind = z.enum(LICENSE_KINDS);
export type TLicenseKind = z.infer<typeof ZLicenseKind>;

export const TRANSFER_KIND_LABELS: Record<TTransferKind, { zh: string; en: string }> = {
  assignment: { zh: '转让', en: 'Assignment' },
  license: { zh: '许可', en: 'Licence' },
};
export const LICENSE_KIND_LABELS: Record<TLicenseKind, { zh: string; en: string }> = {
  exclusive: { zh: '独占许可', en: 'Exclusive' },
  sole: { zh: '排他许可', en: 'Sole' },
  ordinary: { zh: '普通许可', en: 'Ordinary' },
};

registerDomainMessages({
  'transfer.licenseKind.required': { 'zh-CN': '许可合同须注明许可类型', en: 'A licence contract needs its licence kind' },
  'transfer.licenseKind.assignment': { 'zh-CN': '转让合同没有许可类型', en: 'An assignment has no licence kind' },
  'transfer.registrationDate.beforeContract': { 'zh-CN': '备案日期不能早于合同签订日期', en: 'The registration date must not be before the contract date' },
  'transfer.termTo.beforeFrom': { 'zh-CN': '许可期限的终止日期必须晚于起始日期', en: 'The licence term must end after it starts' },
  'transfer.update.empty': { 'zh-CN': '没有要修改的内容', en: 'Nothing to change' },
  'commercialization.endDate.beforeStart': { 'zh-CN': '项目结束日期必须晚于开始日期', en: 'The project must end after it starts' },
});

const contractFields = {
  contractNumber: z.string().trim().min(1).max(64).nullable().optional().describe('The contract’s own number, when it has one'),
  licensorName: z.string().trim().min(1).max(200).describe('Assignor or licensor 让与人/许可人'),
  licensorCreditCode: ZCreditCode.nullable().optional().describe('Credit code of the licensor, when it is an organization'),
  licenseeName: z.string().trim().min(1).max(200).describe('Assignee or licensee 受让人/被许可人'),
  licenseeCreditCode: ZCreditCode.describe('Credit code of the assignee or licensee'),
  amount: ZMoney.describe('Contract amount in yuan (0 for a free licence)'),
  contractDate: ZCalendarDate.describe('Date the contract was signed'),
  registrationNumber: z.string().trim().min(1).max(64).nullable().optional().describe('CNIPA registration (备案) number'),
  registrationDate: ZCalendarDate.nullable().optional().describe('Date of the registration with CNIPA'),
  termFrom: ZCalendarDate.nullable().optional().describe('Licence term start'),
  termTo: ZCalendarDate.nullable().optional().describe('Licence term end'),
  district: ZRegionCode.describe('District of the assignee or licensee'),
  note: z.string().trim().max(500).nullable().optional(),
};

export const ZTransferContractCreate = z
  .strictObject({
    kind: ZTransferKind,
    licenseKind: ZLicenseKind.nullable().optional().describe('Required for a licence, absent for an assignment'),
    rights: ZIpRights.describe('The rights assigned or licensed'),
    ...contractFields,
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'license' && !c.licenseKind) ctx.addIssue({ code: 'custom', path: ['licenseKind'], params: { i18n: 'transfer.licenseKind.required' } });
    if (c.kind === 'assignment' && c.licenseKind) ctx.addIssue({ code: 'custom', path: ['licenseKind'], params: { i18n: 'transfer.licenseKind.assignment' } });
    if (c.registrationDate && c.registrationDate < c.contractDate) ctx.addIssue({ code: 'custom', path: ['registrationDate'], params: { i18n: 'transfer.registrationDate.beforeContract' } });
    if (c.termFrom && c.termTo && c.termTo <= c.termFrom) ctx.addIssue({ code: 'custom', path: ['termTo'], params: { i18n: 'transfer.termTo.beforeFrom' } });
  });
export type TTransferContractCreate = z.infer<typeof ZTransferContractCreate>;

/** Corrections and the registration once it comes; the kind and the rights are the contract itself and stay. */
export const ZTransferContractUpdate = z
  .strictObject({
    version: ZVersion,
    licenseKind: ZLicenseKind.optional(),
    contractNumber: contractFields.contractNumber,
    licensorName: contractFields.licensorName.optional(),
    licensorCreditCode: contractFields.licensorCreditCode,
    licenseeName: contractFields.licenseeName.optional(),
    licenseeCreditCode: ZCreditCode.optional(),
    amount: ZMoney.optional(),
    contractDate: ZCalendarDate.optional(),
    registrationNumber: contractFields.registrationNumber,
    registrationDate: contractFields.registrationDate,
    termFrom: contractFields.termFrom,
    termTo: contractFields.termTo,
    district: ZRegionCode.optional(),
    note: contractFields.note,
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'transfer.update.empty' } });
export type TTransferContractUpdate = z.infer<typeof ZTransferContractUpdate>;

const money = () => z.string().describe('Yuan, two decimals');

export const ZTransferContract = z.object({
  id: z.uuid(),
  kind: ZTransferKind,
  licenseKind: ZLicenseKind.nullable(),
  rights: z.array(ZIpRight),
  contractNumber: z.string().nullable(),
  licensorName: z.string(),
  licensorCreditCode: z.string().nullable(),
  licenseeName: z.string(),
  licenseeCreditCode: z.string(),
  amount: money(),
  contractDate: ZCalendarDate,
  registrationNumber: z.string().nullable(),
  registrationDate: ZCalendarDate.nullable(),
  termFrom: ZCalendarDate.nullable(),
  termTo: ZCalendarDate.nullable(),
  district: ZRegionCode,
  note: z.string().nullable(),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TTransferContract = z.infer<typeof ZTransferContract>;

export const ZTransferContractListQuery = ZPageQuery.extend({
  kind: ZTransferKind.optional(),
  licenseKind: ZLicenseKind.optional(),
  district: ZRegionCode.optional(),
  from: ZCalendarDate.optional().describe('Contracts signed on or after'),
  to: ZCalendarDate.optional().describe('Contracts signed on or before'),
  rightNumber: z.string().trim().min(1).max(24).optional().describe('Contracts that include exactly this right number'),
  q: z.string().trim().min(1).max(64).optional().describe('Part of a party’s name or credit code, or of the contract or registration number'),
});
export type TTransferContractListQuery = z.infer<typeof ZTransferContractListQuery>;

/** Who granted a support fund 扶持资金. */
export const FUND_SOURCES = ['national', 'provincial', 'municipal', 'district'] as const;
export const ZFundSource = z.enum(FUND_SOURCES);
export type TFundSource = z.infer<typeof ZFundSource>;

export const ZCommercializationProjectCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('Project name'),
    enterprise: ZEnterpriseRef.describe('The enterprise carrying the project'),
    rights: ZIpRights.describe('The patents (or marks) put into production'),
    startDate: ZCalendarDate,
    endDate: ZCalendarDate.nullable().optional(),
    district: ZRegionCode.describe('District of the enterprise'),
    description: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((p) => !p.endDate || p.endDate > p.startDate, { path: ['endDate'], params: { i18n: 'commercialization.endDate.beforeStart' } });
export type TCommercializationProjectCreate = z.infer<typeof ZCommercializationProjectCreate>;

export const ZCommercializationProjectUpdate = z
  .strictObject({
    version: ZVersion,
    name: z.string().trim().min(1).max(200).optional(),
    endDate: ZCalendarDate.nullable().optional(),
    description: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'transfer.update.empty' } });
export type TCommercializationProjectUpdate = z.infer<typeof ZCommercializationProjectUpdate>;

/** One support fund granted to a project: an entry of its ledger, added and never changed. */
export const ZSupportFundCreate = z.strictObject({
  version: ZVersion.describe('The version of the project the caller read'),
  source: ZFundSource,
  programme: z.string().trim().min(1).max(200).describe('The programme or document granting it'),
  amount: ZPositiveMoney('pledge.amount.positive').describe('Yuan granted'),
  grantedDate: ZCalendarDate,
});
export type TSupportFundCreate = z.infer<typeof ZSupportFundCreate>;

export const ZSupportFund = z.object({
  id: z.uuid(),
  seq: z.int(),
  source: ZFundSource,
  programme: z.string(),
  amount: money(),
  grantedDate: ZCalendarDate,
  recordedAt: ZInstant,
  recordedBy: z.uuid(),
});
export type TSupportFund = z.infer<typeof ZSupportFund>;

export const ZCommercializationProject = z.object({
  id: z.uuid(),
  name: z.string(),
  enterprise: ZEnterpriseRef,
  rights: z.array(ZIpRight),
  startDate: ZCalendarDate,
  endDate: ZCalendarDate.nullable(),
  district: ZRegionCode,
  description: z.string().nullable(),
  supportTotal: money().describe('Σ of the support funds granted'),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TCommercializationProject = z.infer<typeof ZCommercializationProject>;

export const ZCommercializationProjectDetail = ZCommercializationProject.extend({ funds: z.array(ZSupportFund).describe('Support funds, oldest first') });
export type TCommercializationProjectDetail = z.infer<typeof ZCommercializationProjectDetail>;

export const ZCommercializationProjectListQuery = ZPageQuery.extend({
  district: ZRegionCode.optional(),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the project or enterprise name, or the credit code'),
});
export type TCommercializationProjectListQuery = z.infer<typeof ZCommercializationProjectListQuery>;
