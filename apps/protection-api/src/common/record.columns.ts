import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The bookkeeping every record of this service with a lifecycle carries besides its own fields:
 * its id, its version for optimistic locking, the division and department it belongs to (the
 * scope rules read both), and who entered it when. `updated_at` is kept by the database.
 */
export abstract class RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'version', type: 'int' })
  version: number;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}

/**
 * One dated step of a record's lifecycle, append-only: the action taken, the status it left and
 * reached, the legal date it took effect, and who took it (the name as it was then).
 */
export abstract class StepColumns<TAction extends string, TStatus extends string> {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'action', type: 'varchar', length: 16 })
  action: TAction;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: TStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: TStatus;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false })
  recordedAt: Date;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}

/**
 * The columns of a row of dated reference data (a service level, a reward rule): in force from its
 * date until the next row of its kind, with the basis it rests on in both languages. The rows the
 * migration seeded have no creator.
 */
export abstract class DatedRuleColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'basis_zh', type: 'varchar', length: 300 })
  basisZh: string;

  @Column({ name: 'basis_en', type: 'varchar', length: 300 })
  basisEn: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'version', type: 'int' })
  version: number;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
