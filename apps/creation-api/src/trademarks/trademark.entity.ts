import { Column, Entity } from 'typeorm';
import type { TTrademarkKind, TTrademarkStatus } from '@ipbureau/domain/creation';
import { RecordedColumns } from '../lifecycle/recorded.columns.js';

/**
 * A registered trademark as stored. `status` and `expiryDate` are those of the latest status
 * event, kept here for lists and filters; the events hold the history.
 */
@Entity({ name: 'trademarks' })
export class TrademarkEntity extends RecordedColumns {
  @Column({ name: 'registration_number', type: 'varchar', length: 10 })
  registrationNumber: string;

  @Column({ name: 'nice_classes', type: 'smallint', array: true })
  niceClasses: number[];

  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName: string;

  @Column({ name: 'holder_credit_code', type: 'varchar', length: 18, nullable: true })
  holderCreditCode: string | null;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TTrademarkKind;

  @Column({ name: 'registration_date', type: 'date' })
  registrationDate: string;

  @Column({ name: 'expiry_date', type: 'date' })
  expiryDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TTrademarkStatus;

  @Column({ name: 'well_known', type: 'boolean' })
  wellKnown: boolean;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'version', type: 'integer' })
  version: number;
}
