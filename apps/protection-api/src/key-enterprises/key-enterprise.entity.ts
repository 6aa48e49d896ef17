import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { TProtectedRightKind } from '@ipbureau/domain/protection';

/** A batch of the key-enterprise protection list 重点企业直通车, admitted on one date. */
@Entity({ name: 'key_enterprise_batches' })
export class KeyEnterpriseBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'admitted_on', type: 'date' })
  admittedOn: string;

  /** The region the admitting bureau serves (a batch spans its districts). */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An enterprise admitted in a batch; `admitted_on` repeats the batch's date for the fast-track join. */
@Entity({ name: 'key_enterprises' })
export class KeyEnterpriseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'admitted_on', type: 'date' })
  admittedOn: string;

  /** The enterprise's district. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}

/** A right protected for a key enterprise. */
@Entity({ name: 'key_enterprise_rights' })
export class KeyEnterpriseRightEntity {
  @PrimaryColumn({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @PrimaryColumn({ name: 'position', type: 'smallint' })
  position: number;

  @Column({ name: 'right_kind', type: 'varchar', length: 32 })
  rightKind: TProtectedRightKind;

  @Column({ name: 'right_number', type: 'varchar', length: 40 })
  rightNumber: string;

  @Column({ name: 'right_name', type: 'varchar', length: 200, nullable: true })
  rightName: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}
