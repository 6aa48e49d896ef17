import { Column, Entity } from 'typeorm';
import type { TCaseAction, TCaseStatus } from '@ipbureau/domain/protection';
import { StepColumns } from '../common/record.columns.js';

/** One dated step of a case's timeline; append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'case_events' })
export class CaseEventEntity extends StepColumns<TCaseAction | 'register', TCaseStatus> {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'details', type: 'jsonb' })
  details: Record<string, string>;

  @Column({ name: 'fine_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  fineAmount: string | null;

  @Column({ name: 'confiscation_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  confiscationAmount: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;
}
