import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TApprovalStatus } from '@ipbureau/domain/utilization';

/** The subsidy ratio and annual cap per enterprise in force for interest paid in a date range. */
@Entity({ name: 'interest_subsidy_rules' })
export class InterestSubsidyRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subsidy_ratio', type: 'numeric', precision: 5, scale: 4 })
  subsidyRatio: string;

  @Column({ name: 'annual_cap_per_enterprise', type: 'numeric', precision: 18, scale: 2 })
  annualCapPerEnterprise: string;

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

/** An enterprise's application for a subsidy of the interest paid on one pledge loan. */
@Entity({ name: 'interest_subsidies' })
export class InterestSubsidyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode: string;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'lender_name', type: 'varchar', length: 200 })
  lenderName: string;

  @Column({ name: 'application_date', type: 'date' })
  applicationDate: string;

  @Column({ name: 'interest_total', type: 'numeric', precision: 18, scale: 2 })
  interestTotal: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TApprovalStatus;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

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

/** One line of a subsidy's calculation; inserted with the application, never changed. */
@Entity({ name: 'interest_subsidy_lines' })
export class InterestSubsidyLineEntity {
  @PrimaryColumn({ name: 'subsidy_id', type: 'uuid' })
  subsidyId: string;

  @PrimaryColumn({ name: 'line_no', type: 'integer' })
  lineNo: number;

  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ name: 'interest_paid', type: 'numeric', precision: 18, scale: 2 })
  interestPaid: string;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId: string;

  @Column({ name: 'subsidy_ratio', type: 'numeric', precision: 5, scale: 4 })
  subsidyRatio: string;

  @Column({ name: 'computed', type: 'numeric', precision: 18, scale: 2 })
  computed: string;

  @Column({ name: 'cap_year', type: 'integer' })
  capYear: number;

  @Column({ name: 'annual_cap', type: 'numeric', precision: 18, scale: 2 })
  annualCap: string;

  @Column({ name: 'cap_remaining_before', type: 'numeric', precision: 18, scale: 2 })
  capRemainingBefore: string;

  @Column({ name: 'granted', type: 'numeric', precision: 18, scale: 2 })
  granted: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}
