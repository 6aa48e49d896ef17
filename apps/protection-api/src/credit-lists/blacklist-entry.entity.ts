import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TBlacklistAction, TBlacklistSource, TBlacklistStatus, TBlacklistSubjectKind } from '@ipbureau/domain/protection';

/** An entry of the credit blacklist 失信名单; its status moves only by its dated events. */
@Entity({ name: 'blacklist_entries' })
export class BlacklistEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subject_kind', type: 'varchar', length: 16 })
  subjectKind: TBlacklistSubjectKind;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'grounds', type: 'text' })
  grounds: string;

  @Column({ name: 'source', type: 'varchar', length: 16 })
  source: TBlacklistSource;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;

  @Column({ name: 'violation', type: 'varchar', length: 100, nullable: true })
  violation: string | null;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TBlacklistStatus;

  @Column({ name: 'listed_date', type: 'date' })
  listedDate: string;

  @Column({ name: 'published_date', type: 'date', nullable: true })
  publishedDate: string | null;

  @Column({ name: 'removed_date', type: 'date', nullable: true })
  removedDate: string | null;

  @Column({ name: 'version', type: 'int' })
  version: number;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  /** Null when listed by a referral event (no user). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}

/** One dated step of an entry (listed, published, removed); append-only. */
@Entity({ name: 'blacklist_events' })
export class BlacklistEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ name: 'action', type: 'varchar', length: 16 })
  action: TBlacklistAction | 'list';

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: TBlacklistStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: TBlacklistStatus;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'reason', type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false })
  recordedAt: Date;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}
