import { Column, Entity } from 'typeorm';
import { OwnedRecord } from '../common/owned-record.js';
import type { TAgencyKind, TAgencyStatus } from '@ipbureau/domain/public-services';

/** An agency as stored; the established date hydrates as 'YYYY-MM-DD' text, not an instant. */
@Entity({ name: 'agencies' })
export class AgencyEntity extends OwnedRecord {
  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TAgencyKind;

  @Column({ name: 'licence_number', type: 'varchar', length: 40, nullable: true })
  licenceNumber: string | null;

  @Column({ name: 'established_date', type: 'date' })
  establishedDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16, default: 'active' })
  status: TAgencyStatus;

  @Column({ name: 'deregistered_date', type: 'date', nullable: true })
  deregisteredDate: string | null;

  /** A branch's head office (migration AgencyBranches1764400000000). */
  @Column({ name: 'head_agency_id', type: 'uuid', nullable: true })
  headAgencyId: string | null;
}
