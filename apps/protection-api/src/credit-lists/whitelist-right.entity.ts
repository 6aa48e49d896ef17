import { Column, Entity } from 'typeorm';
import type { TProtectedRightKind } from '@ipbureau/domain/protection';
import { RecordColumns } from '../common/record.columns.js';

/** A right on the whitelist 白名单 watched for early warning between its validity dates. */
@Entity({ name: 'whitelist_rights' })
export class WhitelistRightEntity extends RecordColumns {
  @Column({ name: 'right_kind', type: 'varchar', length: 32 })
  rightKind: TProtectedRightKind;

  @Column({ name: 'right_number', type: 'varchar', length: 40 })
  rightNumber: string;

  @Column({ name: 'right_name', type: 'varchar', length: 200 })
  rightName: string;

  @Column({ name: 'owner_name', type: 'varchar', length: 200 })
  ownerName: string;

  @Column({ name: 'owner_credit_code', type: 'varchar', length: 18 })
  ownerCreditCode: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;
}
