import { Column, Entity } from 'typeorm';
import type { TEnterpriseTitleKind, TTitleEndReason } from '@ipbureau/domain/creation';
import { RecordedColumns } from '../lifecycle/recorded.columns.js';

/** One cultivation title awarded to an enterprise, and when it ended (if it did). */
@Entity({ name: 'enterprise_titles' })
export class EnterpriseTitleEntity extends RecordedColumns {
  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  kind: TEnterpriseTitleKind;

  @Column({ name: 'awarded_on', type: 'date' })
  awardedOn: string;

  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true })
  documentNumber: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 16, nullable: true })
  endReason: TTitleEndReason | null;
}
