import { Column, Entity } from 'typeorm';
import type { TProtectedRightKind, TReportAction, TReportStatus } from '@ipbureau/domain/protection';
import { DatedRuleColumns, RecordColumns, StepColumns } from '../common/record.columns.js';

/** A citizen's report 举报; the reporter's identity is kept in clear here and masked at read. */
@Entity({ name: 'reports' })
export class ReportEntity extends RecordColumns {
  @Column({ name: 'reporter_name', type: 'varchar', length: 100 })
  reporterName: string;

  @Column({ name: 'reporter_phone', type: 'varchar', length: 20 })
  reporterPhone: string;

  @Column({ name: 'reporter_id_number', type: 'varchar', length: 18 })
  reporterIdNumber: string;

  @Column({ name: 'subject', type: 'varchar', length: 1000 })
  subject: string;

  @Column({ name: 'right_kind', type: 'varchar', length: 32 })
  rightKind: TProtectedRightKind;

  @Column({ name: 'received_date', type: 'date' })
  receivedDate: string;

  @Column({ name: 'handling_officer_id', type: 'uuid' })
  handlingOfficerId: string;

  @Column({ name: 'handling_officer_name', type: 'varchar', length: 100 })
  handlingOfficerName: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TReportStatus;

  @Column({ name: 'status_date', type: 'date' })
  statusDate: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'not_verified_reason', type: 'text', nullable: true })
  notVerifiedReason: string | null;

  @Column({ name: 'reward_basis', type: 'numeric', precision: 18, scale: 2, nullable: true })
  rewardBasis: string | null;

  @Column({ name: 'reward_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  rewardAmount: string | null;

  @Column({ name: 'reward_rule', type: 'varchar', length: 64, nullable: true })
  rewardRule: string | null;

  @Column({ name: 'paid_date', type: 'date', nullable: true })
  paidDate: string | null;
}

/** One dated step of a report (received, verified, handling officer reassigned, reward proposed, approved, paid); append-only. */

@Entity({ name: 'report_events' })
export class ReportEventEntity extends StepColumns<TReportAction | 'receive' | 'reassign', TReportStatus> {
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'details', type: 'jsonb' })
  details: Record<string, string>;

  /** The reward amount, on the steps that propose, approve and pay it. */
  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  amount: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;
}

/** A reward rule 举报奖励标准, in force from its date until the next rule. */
@Entity({ name: 'report_reward_rules' })
export class ReportRewardRuleEntity extends DatedRuleColumns {
  /** Written on the reports rewarded by the rule. */
  @Column({ name: 'code', type: 'varchar', length: 64 })
  code: string;

  @Column({ name: 'rate', type: 'numeric', precision: 5, scale: 4 })
  rate: string;

  @Column({ name: 'floor', type: 'numeric', precision: 18, scale: 2 })
  floor: string;

  @Column({ name: 'cap', type: 'numeric', precision: 18, scale: 2 })
  cap: string;
}
