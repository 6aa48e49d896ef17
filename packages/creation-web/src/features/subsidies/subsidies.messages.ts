import type { TClawbackReason, TClawbackStatus, TSubsidyAction, TSubsidyKind, TSubsidyStatus } from '@ipbureau/domain/creation';
import type { StatusTone } from '@ipbureau/ui';

export const SUBSIDY_STATUS_TONES: Record<TSubsidyStatus, StatusTone> = {
  submitted: 'processing',
  first_passed: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  paid: 'success',
};
export const SUBSIDY_STATUS_OPTIONS = Object.keys(SUBSIDY_STATUS_TONES) as TSubsidyStatus[];

export const CLAWBACK_STATUS_TONES: Record<TClawbackStatus, StatusTone> = { open: 'warning', recovered: 'success', written_off: 'default' };
export const CLAWBACK_STATUS_OPTIONS = Object.keys(CLAWBACK_STATUS_TONES) as TClawbackStatus[];

/** The steps whose form asks for an opinion (required) or a voucher number (required). */
export const SUBSIDY_OPINION_ACTIONS: Record<TSubsidyAction, boolean> = {
  first_pass: false,
  first_return: true,
  second_approve: false,
  second_reject: true,
  second_return: true,
  resubmit: false,
  pay: false,
};

type Texts = {
  listTitle: string;
  listDescription: string;
  entity: string;
  creditCode: string;
  applicationNumber: string;
  kind: string;
  applicationDate: string;
  amount: string;
  paidOn: string;
  voucherNumber: string;
  opinion: string;
  history: string;
  noActions: string;
  done: string;
  status: Record<TSubsidyStatus, string>;
  action: Record<TSubsidyAction | 'submit', string>;
  kinds: Record<TSubsidyKind, string>;
  clawback: {
    listTitle: string;
    listDescription: string;
    reason: string;
    openedOn: string;
    amountOwed: string;
    recovered: string;
    outstanding: string;
    closedOn: string;
    reasons: Record<TClawbackReason, string>;
    status: Record<TClawbackStatus, string>;
  };
};

/** Namespace `creation`, key `subsidy`. */
export const subsidyMessages: { 'zh-CN': Texts; en: Texts } = {
  'zh-CN': {
    listTitle: '专利资助',
    listDescription: '单位的专利资助申请：初审、复审（不同人员）、核准与拨付；资助金额按申请日有效的资助标准确定。',
    entity: '申请单位',
    creditCode: '统一社会信用代码',
    applicationNumber: '专利申请号',
    kind: '资助类别',
    applicationDate: '申请日期',
    amount: '资助金额（元）',
    paidOn: '拨付日期',
    voucherNumber: '凭证号',
    opinion: '审查意见',
    history: '审查记录',
    noActions: '当前状态下没有可办理的操作',
    done: '已办理',
    status: { submitted: '待初审', first_passed: '待复审', returned: '退回补正', approved: '已核准', rejected: '不予资助', paid: '已拨付' },
    action: {
      submit: '提交申请',
      first_pass: '初审通过',
      first_return: '初审退回补正',
      second_approve: '复审核准',
      second_reject: '复审不予资助',
      second_return: '复审退回补正',
      resubmit: '补正后重新提交',
      pay: '拨付',
    },
    kinds: { grant: '授权资助', pct_filing: 'PCT国际申请资助', foreign_filing: '国外专利申请资助' },
    clawback: {
      listTitle: '资助追回',
      listDescription: '已拨付资助的专利被认定为非正常专利申请、未缴年费终止或宣告无效时自动立案，登记追回款直至追回或核销。',
      reason: '追回原因',
      openedOn: '立案日期',
      amountOwed: '应追回（元）',
      recovered: '已追回（元）',
      outstanding: '尚欠（元）',
      closedOn: '结案日期',
      reasons: { abnormal: '非正常专利申请', lapsed: '未缴年费终止', invalidated: '宣告无效' },
      status: { open: '追回中', recovered: '已追回', written_off: '已核销' },
    },
  },
  en: {
    listTitle: 'Patent subsidies',
    listDescription: 'Entities’ subsidy applications: first review, second review (by someone else), approval and payment; the amount follows the rule in force on the application date.',
    entity: 'Entity',
    creditCode: 'Credit code',
    applicationNumber: 'Patent application number',
    kind: 'Kind',
    applicationDate: 'Application date',
    amount: 'Amount (yuan)',
    paidOn: 'Paid on',
    voucherNumber: 'Voucher number',
    opinion: 'Opinion',
    history: 'Review history',
    noActions: 'Nothing to do in this status',
    done: 'Recorded',
    status: { submitted: 'Awaiting first review', first_passed: 'Awaiting second review', returned: 'Returned for correction', approved: 'Approved', rejected: 'Rejected', paid: 'Paid' },
    action: {
      submit: 'Submitted',
      first_pass: 'Pass first review',
      first_return: 'Return at first review',
      second_approve: 'Approve',
      second_reject: 'Reject',
      second_return: 'Return at second review',
      resubmit: 'Resubmit',
      pay: 'Record payment',
    },
    kinds: { grant: 'Grant subsidy', pct_filing: 'PCT filing subsidy', foreign_filing: 'Foreign filing subsidy' },
    clawback: {
      listTitle: 'Subsidy clawbacks',
      listDescription: 'Opened by themselves when a subsidised patent is flagged abnormal, lapses or is invalidated; recoveries are recorded until it is recovered or written off.',
      reason: 'Reason',
      openedOn: 'Opened on',
      amountOwed: 'Owed (yuan)',
      recovered: 'Recovered (yuan)',
      outstanding: 'Outstanding (yuan)',
      closedOn: 'Closed on',
      reasons: { abnormal: 'Abnormal application', lapsed: 'Lapsed', invalidated: 'Invalidated' },
      status: { open: 'Open', recovered: 'Recovered', written_off: 'Written off' },
    },
  },
};
