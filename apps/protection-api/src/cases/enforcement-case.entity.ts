import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TCaseKind, TCaseOutcome, TCaseSource, TCaseStatus, TTransferRecipientKind } from '@ipbureau/domain/protection';

/** An enforcement case as stored; `registered_date` hydrates as its 'YYYY-MM-DD' text. */
@Entity({ name: 'cases' })
export class EnforcementCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_number', type: 'varchar', length: 64 })
  caseNumber: string;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  kind: TCaseKind;

  @Column({ name: 'source', type: 'varchar', length: 16 })
  source: TCaseSource;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'registered_date', type: 'date' })
  registeredDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TCaseStatus;

  /** Optimistic lock; compared and raised by the conditional UPDATE of every change. */
  @Column({ name: 'version', type: 'int' })
  version: number;

  /** Effective date of the step that set the current status. */
  @Column({ name: 'status_date', type: 'date' })
  statusDate: string;

  @Column({ name: 'outcome', type: 'varchar', length: 16, nullable: true })
  outcome: TCaseOutcome | null;

  @Column({ name: 'decision_number', type: 'varchar', length: 64, nullable: true })
  decisionNumber: string | null;

  /** numeric(18,2), hydrated as its exact decimal text. */
  @Column({ name: 'fine_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  fineAmount: string | null;

  @Column({ name: 'confiscation_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  confiscationAmount: string | null;

  @Column({ name: 'transfer_recipient_kind', type: 'varchar', length: 8, nullable: true })
  transferRecipientKind: TTransferRecipientKind | null;

  @Column({ name: 'transfer_recipient_name', type: 'varchar', length: 200, nullable: true })
  transferRecipientName: string | null;

  @Column({ name: 'agreement_date', type: 'date', nullable: true })
  agreementDate: string | null;

  /** District where the matter arose. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
