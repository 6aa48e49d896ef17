import { Column, Entity } from 'typeorm';
import { RecordedColumns } from '../lifecycle/recorded.columns.js';

/** An enterprise the creation pillar cultivates, one per unified social credit code. */
@Entity({ name: 'enterprises' })
export class EnterpriseEntity extends RecordedColumns {
  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'industry', type: 'varchar', length: 100, nullable: true })
  industry: string | null;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'version', type: 'integer' })
  version: number;
}
