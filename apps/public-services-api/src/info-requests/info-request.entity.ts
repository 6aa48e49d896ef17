import { Column, Entity } from 'typeorm';
import type { TInfoRequestKind, TInfoRequestStatus } from '@ipbureau/domain/public-services';
import { OwnedRecord } from '../common/owned-record.js';

/** A patent information service request; its steps are dated rows of `info_request_events`. */
@Entity({ name: 'info_requests' })
export class InfoRequestEntity extends OwnedRecord {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TInfoRequestKind;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode: string;

  @Column({ name: 'subject', type: 'varchar', length: 300 })
  subject: string;

  @Column({ name: 'description', type: 'text', default: '' })
  description: string;

  @Column({ name: 'requested_date', type: 'date' })
  requestedDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16, default: 'submitted' })
  status: TInfoRequestStatus;

  @Column({ name: 'provider_name', type: 'varchar', length: 200, nullable: true })
  providerName: string | null;

  @Column({ name: 'provider_agency_id', type: 'uuid', nullable: true })
  providerAgencyId: string | null;

  @Column({ name: 'assigned_on', type: 'date', nullable: true })
  assignedOn: string | null;

  @Column({ name: 'deliverable', type: 'text', nullable: true })
  deliverable: string | null;

  @Column({ name: 'delivered_on', type: 'date', nullable: true })
  deliveredOn: string | null;

  @Column({ name: 'rating', type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'text', nullable: true })
  ratingComment: string | null;

  @Column({ name: 'rated_on', type: 'date', nullable: true })
  ratedOn: string | null;
}
