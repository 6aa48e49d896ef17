import { Column, Entity } from 'typeorm';
import type { TGiProtectionKind } from '@ipbureau/domain/creation';
import { RecordedColumns } from '../lifecycle/recorded.columns.js';

/** A geographical indication as stored. */
@Entity({ name: 'geographical_indications' })
export class GiEntity extends RecordedColumns {
  @Column({ name: 'name', type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'protection_kind', type: 'varchar', length: 12 })
  protectionKind: TGiProtectionKind;

  @Column({ name: 'registration_number', type: 'varchar', length: 10, nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'origin_area', type: 'varchar', length: 500 })
  originArea: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName: string;

  @Column({ name: 'holder_credit_code', type: 'varchar', length: 18, nullable: true })
  holderCreditCode: string | null;

  @Column({ name: 'protected_on', type: 'date' })
  protectedOn: string;

  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ name: 'revocation_reason', type: 'varchar', length: 500, nullable: true })
  revocationReason: string | null;

  @Column({ name: 'version', type: 'integer' })
  version: number;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;
}

/** One authorization of a producer to use a GI, from a date and (when set) to a date. */
@Entity({ name: 'gi_producers' })
export class GiProducerEntity extends RecordedColumns {
  @Column({ name: 'gi_id', type: 'uuid' })
  giId: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'authorized_from', type: 'date' })
  authorizedFrom: string;

  @Column({ name: 'authorized_to', type: 'date', nullable: true })
  authorizedTo: string | null;
}
