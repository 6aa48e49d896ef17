import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TIndicatorProgress } from '@ipbureau/domain/plans';

@Entity({ name: 'plan_progress_cache' })
export class ProgressCacheEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId: string;
  @PrimaryColumn({ name: 'as_of', type: 'date' }) asOf: string;
  /** '' for the plan's whole region. */
  @PrimaryColumn({ type: 'varchar', length: 6 }) district: string;
  @Column({ type: 'jsonb' }) payload: TIndicatorProgress[];
  @Column({ name: 'computed_at', type: 'timestamptz' }) computedAt: Date;
  @Column({ name: 'invalidated_at', type: 'timestamptz', nullable: true }) invalidatedAt: Date | null;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
}
