import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TFundSource, TIpRight } from '@ipbureau/domain/utilization';
import { ProductRecordEntity } from '../product-rules/product.rules.js';

/** A patent commercialization project 专利产业化项目, as stored. */
@Entity({ name: 'commercialization_projects' })
export class CommercializationProjectEntity extends ProductRecordEntity {
  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode: string;

  @Column({ name: 'rights', type: 'jsonb' })
  rights: TIpRight[];

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'description', type: 'varchar', length: 2000, nullable: true })
  description: string | null;
}

/** One support fund granted to a project: a ledger entry, inserted and never updated. */
@Entity({ name: 'commercialization_funds' })
export class CommercializationFundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'source', type: 'varchar', length: 16 })
  source: TFundSource;

  @Column({ name: 'programme', type: 'varchar', length: 200 })
  programme: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'granted_date', type: 'date' })
  grantedDate: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
