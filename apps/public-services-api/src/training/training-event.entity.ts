import { Column, Entity } from 'typeorm';
import { OwnedRecord } from '../common/owned-record.js';
import type { TAudienceKind, TTrainingEventKind } from '@ipbureau/domain/public-services';

/** A training session or publicity event; attendance is a count until registrations exist. */
@Entity({ name: 'training_events' })
export class TrainingEventEntity extends OwnedRecord {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TTrainingEventKind;

  @Column({ name: 'topic', type: 'varchar', length: 200 })
  topic: string;

  @Column({ name: 'audience', type: 'varchar', length: 16 })
  audience: TAudienceKind;

  @Column({ name: 'event_date', type: 'date' })
  date: string;

  @Column({ name: 'online', type: 'boolean' })
  online: boolean;

  @Column({ name: 'venue', type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Column({ name: 'planned_count', type: 'integer' })
  plannedCount: number;

  @Column({ name: 'attended_count', type: 'integer', nullable: true })
  attendedCount: number | null;
}
