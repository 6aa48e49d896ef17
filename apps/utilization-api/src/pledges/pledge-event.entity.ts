import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TPledgeEventAction, TPledgeStatus } from '@ipbureau/domain/utilization';

/** One dated step of a pledge's lifecycle; inserted, never updated. Amounts make it a ledger. */
@Entity({ name: 'pledge_events' })
export class PledgeEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'action', type: 'varchar', length: 16 })
  action: TPledgeEventAction;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: TPledgeStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: TPledgeStatus;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  amount: string | null;

  @Column({ name: 'registration_number', type: 'varchar', length: 50, nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'maturity_date', type: 'date', nullable: true })
  maturityDate: string | null;

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_by_name', type: 'varchar', length: 100 })
  createdByName: string;
}
