import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TIndicatorSemantics, TIndicatorTarget, TPlanPillar, TPopulationBasis } from '@ipbureau/domain/plans';

@Entity({ name: 'plan_indicators' })
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId: string;
  @Column({ type: 'text' }) code: string;
  @Column({ name: 'name_zh', type: 'text' }) nameZh: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn: string;
  @Column({ type: 'text' }) pillar: TPlanPillar;
  @Column({ name: 'metric_key', type: 'text' }) metricKey: string;
  @Column({ type: 'text' }) semantics: TIndicatorSemantics;
  @Column({ name: 'population_basis', type: 'text', nullable: true }) populationBasis: TPopulationBasis | null;
  @Column({ name: 'unit_zh', type: 'text' }) unitZh: string;
  @Column({ name: 'unit_en', type: 'text' }) unitEn: string;
  @Column({ type: 'integer' }) decimals: number;
  @Column({ name: 'baseline_year', type: 'integer' }) baselineYear: number;
  /** numeric without scale: PostgreSQL hands back the decimal string as stored. */
  @Column({ name: 'baseline_value', type: 'numeric', nullable: true }) baselineValue: string | null;
  @Column({ name: 'baseline_note', type: 'text', nullable: true }) baselineNote: string | null;
  @Column({ type: 'jsonb' }) targets: TIndicatorTarget[];
  @Column({ name: 'source_department', type: 'text' }) sourceDepartment: string;
  @Column({ name: 'sort_order', type: 'integer' }) sortOrder: number;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ type: 'integer' }) version: number;
}
