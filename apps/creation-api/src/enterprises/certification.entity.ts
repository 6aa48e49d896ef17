import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TCertificationEventAction, TCertificationStatus } from '@ipbureau/domain/creation';
import { StatusEventColumns } from '../lifecycle/status-event.columns.js';

/** A GB/T 29490 certificate; `status` and `validUntil` are the latest of its events. */
@Entity({ name: 'ip_certifications' })
export class CertificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

/** One dated change of a certificate: issued, suspended, reinstated, withdrawn, renewed. */
@Entity({ name: 'ip_certification_events' })
export class CertificationEventEntity extends StatusEventColumns<TCertificationStatus, TCertificationEventAction> {
  @Column({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;
}
