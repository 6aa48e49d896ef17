import { Column, Entity } from 'typeorm';
import type { TIpRight, TLicenseKind, TTransferKind } from '@ipbureau/domain/utilization';
import { ProductRecordEntity } from '../product-rules/product.rules.js';

/** An assignment or licence contract, as stored; the rights it covers are a jsonb list. */
@Entity({ name: 'transfer_contracts' })
export class TransferContractEntity extends ProductRecordEntity {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TTransferKind;

  @Column({ name: 'license_kind', type: 'varchar', length: 16, nullable: true })
  licenseKind: TLicenseKind | null;

  @Column({ name: 'rights', type: 'jsonb' })
  rights: TIpRight[];

  @Column({ name: 'contract_number', type: 'varchar', length: 64, nullable: true })
  contractNumber: string | null;

  @Column({ name: 'licensor_name', type: 'varchar', length: 200 })
  licensorName: string;

  @Column({ name: 'licensor_credit_code', type: 'varchar', length: 18, nullable: true })
  licensorCreditCode: string | null;

  @Column({ name: 'licensee_name', type: 'varchar', length: 200 })
  licenseeName: string;

  @Column({ name: 'licensee_credit_code', type: 'varchar', length: 18 })
  licenseeCreditCode: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'contract_date', type: 'date' })
  contractDate: string;

  @Column({ name: 'registration_number', type: 'varchar', length: 64, nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'registration_date', type: 'date', nullable: true })
  registrationDate: string | null;

  @Column({ name: 'term_from', type: 'date', nullable: true })
  termFrom: string | null;

  @Column({ name: 'term_to', type: 'date', nullable: true })
  termTo: string | null;

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
