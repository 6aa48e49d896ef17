import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TStrategicIndustryCode } from '@ipbureau/domain/creation';

/** One row of the bureau's IPC → strategic-emerging-industry table (reference data). */
@Entity({ name: 'ipc_industry_mappings' })
export class IpcIndustryMappingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'ipc_prefix', type: 'varchar', length: 24 })
  ipcPrefix: string;

  @Column({ name: 'industry_code', type: 'varchar', length: 2 })
  industryCode: TStrategicIndustryCode;

  @Column({ name: 'subcategory', type: 'varchar', length: 100, nullable: true })
  subcategory: string | null;

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'version', type: 'integer' })
  version: number;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;
}
