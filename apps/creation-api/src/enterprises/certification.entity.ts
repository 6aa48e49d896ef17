import { Column, Entity } from 'typeorm';
import type { TCertificationEventAction, TCertificationStatus } from '@ipbureau/domain/creation';
import { StatusEventColumns } from '../lifecycle/status-event.columns.js';
import { RecordedColumns } from '../lifecycle/recorded.columns.js';

/** A GB/T 29490 certificate; `status` and `validUntil` are the latest of its events. */
@Entity({ name: 'ip_certifications' })
export class CertificationEntity extends RecordedColumns {
  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'certificate_number', type: 'varchar', length: 64 })
  certificateNumber: string;

  @Column({ name: 'certification_body', type: 'varchar', length: 200 })
  certificationBody: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TCertificationStatus;

  @Column({ name: 'version', type: 'integer' })
  version: number;
}

/** One dated change of a certificate: issued, suspended, reinstated, withdrawn, renewed. */
@Entity({ name: 'ip_certification_events' })
export class CertificationEventEntity extends StatusEventColumns<TCertificationStatus, TCertificationEventAction> {
  @Column({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;
}
