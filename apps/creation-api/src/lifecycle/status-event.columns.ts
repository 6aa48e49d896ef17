import { Column } from 'typeorm';
import { RecordedColumns } from './recorded.columns.js';

/**
 * The columns every status-event table shares: one dated change of a record's status, appended
 * and never updated. Each table adds the key of the record it belongs to and its own extras.
 */
export abstract class StatusEventColumns<S extends string, A extends string> extends RecordedColumns {
  /** 1 for the record's first event, then one more per event. */
  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'action', type: 'varchar', length: 16 })
  action: A;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: S | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: S;

  /** The date the change took legal effect. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
