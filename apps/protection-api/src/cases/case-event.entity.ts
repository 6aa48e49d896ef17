import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TCaseAction, TCaseStatus } from '@ipbureau/domain/protection';

/** One dated step of a case's timeline; append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'case_events' })
export class CaseEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'action', type: 'varchar', length: 16 })
  action: TCaseAction | 'register';

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: TCaseStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: TCaseStatus;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'details', type: 'jsonb' })
  details: Record<string, string>;

  @Column({ name: 'fine_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  fineAmount: string | null;

  @Column({ name: 'confiscation_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  confiscationAmount: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false })
  recordedAt: Date;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}
