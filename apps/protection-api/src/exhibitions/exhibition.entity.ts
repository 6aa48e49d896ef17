import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TEcommerceStatus, TExhibitionComplaintStatus, TProtectedRightKind } from '@ipbureau/domain/protection';
import { RecordColumns } from '../common/record.columns.js';

/** An exhibition 展会 with the IP service station set up at it. */
@Entity({ name: 'exhibitions' })
export class ExhibitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'venue', type: 'varchar', length: 200 })
  venue: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'station_name', type: 'varchar', length: 200 })
  stationName: string;

  @Column({ name: 'station_contact', type: 'varchar', length: 100, nullable: true })
  stationContact: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A complaint received at an exhibition; pending until its dated outcome. */
@Entity({ name: 'exhibition_complaints' })
export class ExhibitionComplaintEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exhibition_id', type: 'uuid' })
  exhibitionId: string;

  @Column({ name: 'complainant', type: 'varchar', length: 200 })
  complainant: string;

  @Column({ name: 'complainant_credit_code', type: 'varchar', length: 18, nullable: true })
  complainantCreditCode: string | null;

  @Column({ name: 'exhibitor', type: 'varchar', length: 200 })
  exhibitor: string;

  @Column({ name: 'booth', type: 'varchar', length: 40 })
  booth: string;

  @Column({ name: 'right_kind', type: 'varchar', length: 32 })
  rightKind: TProtectedRightKind;

  @Column({ name: 'right_number', type: 'varchar', length: 40 })
  rightNumber: string;

  @Column({ name: 'received_date', type: 'date' })
  receivedDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TExhibitionComplaintStatus;

  @Column({ name: 'handled_date', type: 'date', nullable: true })
  handledDate: string | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;

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
}

/** A complaint against a shop on an e-commerce platform; pending until taken down or rejected. */
@Entity({ name: 'ecommerce_complaints' })
export class EcommerceComplaintEntity extends RecordColumns {
  @Column({ name: 'platform', type: 'varchar', length: 100 })
  platform: string;

  @Column({ name: 'shop', type: 'varchar', length: 200 })
  shop: string;

  @Column({ name: 'link', type: 'varchar', length: 2000 })
  link: string;

  @Column({ name: 'complainant', type: 'varchar', length: 200 })
  complainant: string;

  @Column({ name: 'right_kind', type: 'varchar', length: 32 })
  rightKind: TProtectedRightKind;

  @Column({ name: 'right_number', type: 'varchar', length: 40 })
  rightNumber: string;

  @Column({ name: 'received_date', type: 'date' })
  receivedDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TEcommerceStatus;

  @Column({ name: 'outcome_date', type: 'date', nullable: true })
  outcomeDate: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;
}
