import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TAgencyKind } from '@ipbureau/domain/public-services';

/** An agency as stored; the established date hydrates as 'YYYY-MM-DD' text, not an instant. */
@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  /** District of the agency's office. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TAgencyKind;

  @Column({ name: 'licence_number', type: 'varchar', length: 40, nullable: true })
  licenceNumber: string | null;

  @Column({ name: 'established_date', type: 'date' })
  establishedDate: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
