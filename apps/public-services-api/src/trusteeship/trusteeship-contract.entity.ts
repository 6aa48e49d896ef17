import { Column, Entity } from 'typeorm';
import type { TManagedRight } from '@ipbureau/domain/public-services';
import { OwnedRecord } from '../common/owned-record.js';

/** A trusteeship contract 托管合同 between a service agency and a small enterprise (its district). */
@Entity({ name: 'trusteeship_contracts' })
export class TrusteeshipContractEntity extends OwnedRecord {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode: string;

  @Column({ name: 'contract_number', type: 'varchar', length: 60 })
  contractNumber: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn: string | null;

  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason: string | null;

  @Column({ name: 'fee', type: 'numeric', precision: 18, scale: 2, nullable: true })
  fee: string | null;

  @Column({ name: 'rights', type: 'jsonb', default: () => `'[]'` })
  rights: TManagedRight[];
}
