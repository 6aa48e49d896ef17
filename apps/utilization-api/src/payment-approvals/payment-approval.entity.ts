import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TApprovalStatus, TPaymentKind } from '@ipbureau/domain/utilization';

/** One payment out awaiting (or having had) the checker's decision. */
@Entity({ name: 'payment_approvals' })
export class PaymentApprovalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  kind: TPaymentKind;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'summary', type: 'varchar', length: 300 })
  summary: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TApprovalStatus;

  @Column({ name: 'entered_by', type: 'uuid' })
  enteredBy: string;

  @Column({ name: 'entered_by_name', type: 'varchar', length: 100 })
  enteredByName: string;

  @CreateDateColumn({ name: 'entered_at', type: 'timestamptz' })
  enteredAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_by_name', type: 'varchar', length: 100, nullable: true })
  decidedByName: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'opinion', type: 'varchar', length: 1000, nullable: true })
  opinion: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;
}
