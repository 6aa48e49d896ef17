import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every owned, versioned record of this service has: its district (data scope),
 * the department and user that created it, and the optimistic-lock version.
 */
export abstract class OwnedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The record's district: where the agency's office is, where the event was held. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'version', type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
