import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TCaseKind, TCaseSource, TCaseStatus } from '@ipbureau/domain/protection';

/** An enforcement case as stored; `registered_date` hydrates as its 'YYYY-MM-DD' text. */
@Entity({ name: 'cases' })
export class EnforcementCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_number', type: 'varchar', length: 64 })
  caseNumber: string;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  kind: TCaseKind;

  @Column({ name: 'source', type: 'varchar', length: 16 })
  source: TCaseSource;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'registered_date', type: 'date' })
  registeredDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TCaseStatus;

  /** District where the matter arose. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
