import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TClawbackReason, TClawbackStatus, TSubsidyKind, TSubsidyStatus, TSubsidyStep } from '@ipbureau/domain/creation';
import type { TPatentType } from '@ipbureau/domain';

/** A subsidy rule 资助标准: the amount for one patent type and kind, over a range of application dates. */
@Entity({ name: 'subsidy_rules' })
export class SubsidyRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'patent_type', type: 'varchar', length: 20 }) patentType: TPatentType;
  @Column({ name: 'kind', type: 'varchar', length: 16 }) kind: TSubsidyKind;
  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom: string;
  @Column({ name: 'effective_to', type: 'date', nullable: true }) effectiveTo: string | null;
  @Column({ name: 'basis', type: 'varchar', length: 200, nullable: true }) basis: string | null;
  @Column({ name: 'version', type: 'integer' }) version: number;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
}

/** One entity's application for a subsidy on one of its patents. */
@Entity({ name: 'subsidy_applications' })
export class SubsidyApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'credit_code', type: 'varchar', length: 18 }) creditCode: string;
  @Column({ name: 'entity_name', type: 'varchar', length: 200 }) entityName: string;
  @Column({ name: 'patent_id', type: 'uuid' }) patentId: string;
  @Column({ name: 'kind', type: 'varchar', length: 16 }) kind: TSubsidyKind;
  @Column({ name: 'application_date', type: 'date' }) applicationDate: string;
  @Column({ name: 'rule_id', type: 'uuid' }) ruleId: string;
  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ name: 'status', type: 'varchar', length: 16 }) status: TSubsidyStatus;
  @Column({ name: 'paid_on', type: 'date', nullable: true }) paidOn: string | null;
  @Column({ name: 'voucher_number', type: 'varchar', length: 64, nullable: true }) voucherNumber: string | null;
  @Column({ name: 'version', type: 'integer' }) version: number;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
}

/** One dated, attributed step of an application's review, appended and never changed. */
@Entity({ name: 'subsidy_steps' })
export class SubsidyStepEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'seq', type: 'integer' }) seq: number;
  @Column({ name: 'action', type: 'varchar', length: 16 }) action: TSubsidyStep['action'];
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true }) fromStatus: TSubsidyStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 16 }) toStatus: TSubsidyStatus;
  @Column({ name: 'effective_date', type: 'date' }) effectiveDate: string;
  @Column({ name: 'opinion', type: 'varchar', length: 1000, nullable: true }) opinion: string | null;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId: string;
  @Column({ name: 'actor_name', type: 'varchar', length: 100, nullable: true }) actorName: string | null;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** An abnormal-application flag 非正常专利申请 on an entity, optionally naming one patent. */
@Entity({ name: 'abnormal_flags' })
export class AbnormalFlagEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'credit_code', type: 'varchar', length: 18 }) creditCode: string;
  @Column({ name: 'flagged_on', type: 'date' }) flaggedOn: string;
  @Column({ name: 'source', type: 'varchar', length: 200 }) source: string;
  @Column({ name: 'application_number', type: 'varchar', length: 16, nullable: true }) applicationNumber: string | null;
  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
}

/** A clawback case 追回: the paid amount owed back, tracked to recovery or written off. */
@Entity({ name: 'clawback_cases' })
export class ClawbackCaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'subsidy_id', type: 'uuid' }) subsidyId: string;
  @Column({ name: 'patent_id', type: 'uuid' }) patentId: string;
  @Column({ name: 'reason', type: 'varchar', length: 16 }) reason: TClawbackReason;
  @Column({ name: 'opened_on', type: 'date' }) openedOn: string;
  @Column({ name: 'amount_owed', type: 'numeric', precision: 18, scale: 2 }) amountOwed: string;
  @Column({ name: 'status', type: 'varchar', length: 16 }) status: TClawbackStatus;
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn: string | null;
  @Column({ name: 'write_off_opinion', type: 'varchar', length: 1000, nullable: true }) writeOffOpinion: string | null;
  @Column({ name: 'version', type: 'integer' }) version: number;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
}

/** One amount received against a clawback case (a ledger entry, never changed). */
@Entity({ name: 'clawback_recoveries' })
export class ClawbackRecoveryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ name: 'received_on', type: 'date' }) receivedOn: string;
  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ name: 'voucher_number', type: 'varchar', length: 64, nullable: true }) voucherNumber: string | null;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
}

export const SUBSIDY_ENTITIES = [SubsidyRuleEntity, SubsidyApplicationEntity, SubsidyStepEntity, AbnormalFlagEntity, ClawbackCaseEntity, ClawbackRecoveryEntity];
