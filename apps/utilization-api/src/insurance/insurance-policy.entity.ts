import { Column, Entity } from 'typeorm';
import type { TClaimStatus, TInsuranceKind, TIpRight } from '@ipbureau/domain/utilization';
import { ProductRecordEntity } from '../product-rules/product.rules.js';

/** An IP insurance policy, as stored. */
@Entity({ name: 'insurance_policies' })
export class InsurancePolicyEntity extends ProductRecordEntity {
  @Column({ name: 'kind', type: 'varchar', length: 32 })
  kind: TInsuranceKind;

  @Column({ name: 'policy_number', type: 'varchar', length: 64 })
  policyNumber: string;

  @Column({ name: 'insurer_name', type: 'varchar', length: 200 })
  insurerName: string;

  @Column({ name: 'insured_name', type: 'varchar', length: 200 })
  insuredName: string;

  @Column({ name: 'insured_credit_code', type: 'varchar', length: 18 })
  insuredCreditCode: string;

  @Column({ name: 'insured_sum', type: 'numeric', precision: 18, scale: 2 })
  insuredSum: string;

  @Column({ name: 'premium', type: 'numeric', precision: 18, scale: 2 })
  premium: string;

  @Column({ name: 'premium_subsidy', type: 'numeric', precision: 18, scale: 2 })
  premiumSubsidy: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Column({ name: 'rights', type: 'jsonb' })
  rights: TIpRight[];

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Set once, when the payment of the premium subsidy is approved (see premium-subsidies). */
  @Column({ name: 'premium_subsidy_paid_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  premiumSubsidyPaidAmount: string | null;

  @Column({ name: 'premium_subsidy_paid_on', type: 'date', nullable: true })
  premiumSubsidyPaidOn: string | null;
}

/** A claim on a policy. Filed once; then paid or refused once: the decision fills columns that were empty, never rewrites them. */
@Entity({ name: 'insurance_claims' })
export class InsuranceClaimEntity extends ProductRecordEntity {
  @Column({ name: 'policy_id', type: 'uuid' })
  policyId: string;

  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'filed_date', type: 'date' })
  filedDate: string;

  @Column({ name: 'claimed_amount', type: 'numeric', precision: 18, scale: 2 })
  claimedAmount: string;

  @Column({ name: 'description', type: 'varchar', length: 1000 })
  description: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TClaimStatus;

  @Column({ name: 'paid_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  paidAmount: string | null;

  @Column({ name: 'decided_date', type: 'date', nullable: true })
  decidedDate: string | null;

  @Column({ name: 'refusal_reason', type: 'varchar', length: 500, nullable: true })
  refusalReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;
}
