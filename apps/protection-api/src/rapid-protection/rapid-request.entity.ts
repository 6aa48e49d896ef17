import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TPatentType } from '@ipbureau/domain';
import type { TRapidAction, TRapidRequestKind, TRapidStatus, TRapidTechnicalField } from '@ipbureau/domain/protection';
import { DatedRuleColumns, RecordColumns, StepColumns } from '../common/record.columns.js';

/** An enterprise registered with the rapid protection centre 备案主体; only these submit requests. */
@Entity({ name: 'rapid_entities' })
export class RapidEntityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'registered_date', type: 'date' })
  registeredDate: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A pre-examination 快速预审 or rapid rights-determination 快速确权 request with its service-level due date fixed at submission. */
@Entity({ name: 'rapid_requests' })
export class RapidRequestEntity extends RecordColumns {
  @Column({ name: 'kind', type: 'varchar', length: 24 })
  kind: TRapidRequestKind;

  @Column({ name: 'application_number', type: 'varchar', length: 20 })
  applicationNumber: string;

  @Column({ name: 'patent_type', type: 'varchar', length: 24 })
  patentType: TPatentType;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'technical_field', type: 'varchar', length: 24 })
  technicalField: TRapidTechnicalField;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'submitted_date', type: 'date' })
  submittedDate: string;

  @Column({ name: 'sla_working_days', type: 'smallint' })
  slaWorkingDays: number;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'accepted_date', type: 'date', nullable: true })
  acceptedDate: string | null;

  @Column({ name: 'decided_date', type: 'date', nullable: true })
  decidedDate: string | null;

  @Column({ name: 'filed_date', type: 'date', nullable: true })
  filedDate: string | null;

  @Column({ name: 'reason', type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TRapidStatus;

  @Column({ name: 'status_date', type: 'date' })
  statusDate: string;
}

/** One dated step of a request; append-only. */

@Entity({ name: 'rapid_request_events' })
export class RapidRequestEventEntity extends StepColumns<TRapidAction | 'submit', TRapidStatus> {
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'reason', type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;
}

/** A service level 服务时限 of the centre, in force from its date until the next level of its kind. */
@Entity({ name: 'rapid_service_levels' })
export class RapidServiceLevelEntity extends DatedRuleColumns {
  @Column({ name: 'kind', type: 'varchar', length: 24 })
  kind: TRapidRequestKind;

  @Column({ name: 'working_days', type: 'smallint' })
  workingDays: number;
}
