import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TPlanStatus } from '@ipbureau/domain/plans';

@Entity({ name: 'plans' })
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'name_zh', type: 'text' }) nameZh: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn: string;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ name: 'start_year', type: 'integer' }) startYear: number;
  @Column({ name: 'end_year', type: 'integer' }) endYear: number;
  @Column({ type: 'text' }) status: TPlanStatus;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
