import { Column, Entity } from 'typeorm';
import type { TAdjudicationAction, TAdjudicationKind, TAdjudicationStatus } from '@ipbureau/domain/protection';
import { RecordColumns, StepColumns } from '../common/record.columns.js';

/** A request for administrative adjudication 行政裁决 or mediation 调解; its status moves only by dated steps. */
@Entity({ name: 'adjudication_requests' })
export class AdjudicationRequestEntity extends RecordColumns {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TAdjudicationKind;

  @Column({ name: 'request_number', type: 'varchar', length: 64 })
  requestNumber: string;

  @Column({ name: 'subject', type: 'varchar', length: 500 })
  subject: string;

  @Column({ name: 'patent_number', type: 'varchar', length: 40, nullable: true })
  patentNumber: string | null;

  @Column({ name: 'applicant_name', type: 'varchar', length: 200 })
  applicantName: string;

  @Column({ name: 'applicant_credit_code', type: 'varchar', length: 18, nullable: true })
  applicantCreditCode: string | null;

  @Column({ name: 'respondent_name', type: 'varchar', length: 200 })
  respondentName: string;

  @Column({ name: 'respondent_credit_code', type: 'varchar', length: 18, nullable: true })
  respondentCreditCode: string | null;

  @Column({ name: 'received_date', type: 'date' })
  receivedDate: string;

  @Column({ name: 'accepted_date', type: 'date', nullable: true })
  acceptedDate: string | null;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TAdjudicationStatus;

  @Column({ name: 'status_date', type: 'date' })
  statusDate: string;
}

/** One dated step (received, accepted, a hearing, the outcome); append-only. */

@Entity({ name: 'adjudication_events' })
export class AdjudicationEventEntity extends StepColumns<TAdjudicationAction | 'receive', TAdjudicationStatus> {
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'details', type: 'jsonb' })
  details: Record<string, string>;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;
}
