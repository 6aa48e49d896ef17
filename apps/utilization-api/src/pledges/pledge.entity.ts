import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TPledgeRightKind, TPledgeStatus } from '@ipbureau/domain/utilization';

/**
 * A pledge registration as stored. `numeric` hydrates as node-pg's exact decimal text and
 * `date` as its 'YYYY-MM-DD' text: no binary float, no time zone.
 */
@Entity({ name: 'pledges' })
export class PledgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pledgor_name', type: 'varchar', length: 200 })
  pledgorName: string;

  @Column({ name: 'pledgor_credit_code', type: 'varchar', length: 18 })
  pledgorCreditCode: string;

  /** The pledgor's district. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'right_kind', type: 'varchar', length: 16 })
  rightKind: TPledgeRightKind;

  @Column({ name: 'right_number', type: 'varchar', length: 24 })
  rightNumber: string;

  @Column({ name: 'lender_name', type: 'varchar', length: 200 })
  lenderName: string;

  /** Null on pledges recorded before the lender's code was asked for. */
  @Column({ name: 'lender_credit_code', type: 'varchar', length: 18, nullable: true })
  lenderCreditCode: string | null;

  @Column({ name: 'loan_amount', type: 'numeric', precision: 18, scale: 2 })
  loanAmount: string;

  @Column({ name: 'application_date', type: 'date' })
  applicationDate: string;

  @Column({ name: 'registration_number', type: 'varchar', length: 50, nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'registration_date', type: 'date', nullable: true })
  registrationDate: string | null;

  @Column({ name: 'disbursement_date', type: 'date', nullable: true })
  disbursementDate: string | null;

  @Column({ name: 'maturity_date', type: 'date', nullable: true })
  maturityDate: string | null;

  /** Σ disbursements and Σ repayments of the events: the current state of the loan's ledger. */
  @Column({ name: 'disbursed_amount', type: 'numeric', precision: 18, scale: 2, default: '0' })
  disbursedAmount: string;

  @Column({ name: 'repaid_amount', type: 'numeric', precision: 18, scale: 2, default: '0' })
  repaidAmount: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TPledgeStatus;

  /** Optimistic lock: a transition names the version it read. */
  @VersionColumn({ name: 'version', type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
