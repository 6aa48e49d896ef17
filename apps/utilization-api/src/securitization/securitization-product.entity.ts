import { Column, Entity } from 'typeorm';
import type { TEnterpriseRef, TIpRight, TSecuritizationKind } from '@ipbureau/domain/utilization';
import { ProductRecordEntity } from '../product-rules/product.rules.js';

/** A securitization or trust product on IP, as stored; its underlying rights and enterprises are jsonb lists. */
@Entity({ name: 'securitization_products' })
export class SecuritizationProductEntity extends ProductRecordEntity {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TSecuritizationKind;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'code', type: 'varchar', length: 32, nullable: true })
  code: string | null;

  @Column({ name: 'issuer_name', type: 'varchar', length: 200 })
  issuerName: string;

  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ name: 'issue_date', type: 'date' })
  issueDate: string;

  @Column({ name: 'maturity_date', type: 'date', nullable: true })
  maturityDate: string | null;

  @Column({ name: 'rights', type: 'jsonb' })
  rights: TIpRight[];

  @Column({ name: 'enterprises', type: 'jsonb' })
  enterprises: TEnterpriseRef[];

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
