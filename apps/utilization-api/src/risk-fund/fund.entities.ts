import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TApprovalStatus, TFundEntryKind } from '@ipbureau/domain/utilization';

/**
 * A risk-compensation fund. `balance` is moved only by the ledger's insert trigger: the service
 * reads it (under a row lock) and never writes it.
 */
@Entity({ name: 'funds' })
export class FundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'balance', type: 'numeric', precision: 18, scale: 2, insert: false, update: false })
  balance: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

/** The compensation ratio and cap per loan in force for defaults in a date range. */
@Entity({ name: 'fund_rules' })
export class FundRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId: string;

  @Column({ name: 'compensation_ratio', type: 'numeric', precision: 5, scale: 4 })
  compensationRatio: string;

  @Column({ name: 'cap_per_loan', type: 'numeric', precision: 18, scale: 2 })
  capPerLoan: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ name: 'basis', type: 'varchar', length: 200, nullable: true })
  basis: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

/** One entry of the fund's books; inserted, never updated (a trigger refuses it). */
@Entity({ name: 'fund_ledger' })
export class FundEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'seq', type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TFundEntryKind;

  @Column({ name: 'entry_date', type: 'date' })
  entryDate: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'funder_name', type: 'varchar', length: 200, nullable: true })
  funderName: string | null;

  @Column({ name: 'pledge_id', type: 'uuid', nullable: true })
  pledgeId: string | null;

  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_by_name', type: 'varchar', length: 100 })
  createdByName: string;
}

/** A lender's claim on a defaulted loan, with the rule's figures it was computed by. */
@Entity({ name: 'fund_claims' })
export class FundClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId: string;

  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @Column({ name: 'lender_name', type: 'varchar', length: 200 })
  lenderName: string;

  @Column({ name: 'pledgor_name', type: 'varchar', length: 200 })
  pledgorName: string;

  @Column({ name: 'pledgor_credit_code', type: 'varchar', length: 18 })
  pledgorCreditCode: string;

  @Column({ name: 'default_date', type: 'date' })
  defaultDate: string;

  @Column({ name: 'claim_date', type: 'date' })
  claimDate: string;

  @Column({ name: 'loss_amount', type: 'numeric', precision: 18, scale: 2 })
  lossAmount: string;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId: string;

  @Column({ name: 'compensation_ratio', type: 'numeric', precision: 5, scale: 4 })
  compensationRatio: string;

  @Column({ name: 'cap_per_loan', type: 'numeric', precision: 18, scale: 2 })
  capPerLoan: string;

  @Column({ name: 'computed_amount', type: 'numeric', precision: 18, scale: 2 })
  computedAmount: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'recovered_amount', type: 'numeric', precision: 18, scale: 2, default: '0' })
  recoveredAmount: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TApprovalStatus;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
