import { Column, Entity } from 'typeorm';
import type { TApprovalStatus } from '@ipbureau/domain/utilization';
import { ProductRecordEntity } from '../product-rules/product.rules.js';

/**
 * One payment of a policy's premium subsidy, entered by the maker and decided by the checker
 * through the payment-approval register. The policy's number, parties and premium are copied
 * when it is entered: the approver decides what was entered, whatever the policy says later.
 */
@Entity({ name: 'premium_subsidy_payments' })
export class PremiumSubsidyPaymentEntity extends ProductRecordEntity {
  @Column({ name: 'policy_id', type: 'uuid' })
  policyId: string;

  @Column({ name: 'policy_number', type: 'varchar', length: 64 })
  policyNumber: string;

  @Column({ name: 'insurer_name', type: 'varchar', length: 200 })
  insurerName: string;

  @Column({ name: 'insured_name', type: 'varchar', length: 200 })
  insuredName: string;

  @Column({ name: 'insured_credit_code', type: 'varchar', length: 18 })
  insuredCreditCode: string;

  @Column({ name: 'premium', type: 'numeric', precision: 18, scale: 2 })
  premium: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'application_date', type: 'date' })
  applicationDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TApprovalStatus;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;
}
