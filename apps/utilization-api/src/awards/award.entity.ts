import { Column, Entity } from 'typeorm';
import type { TAwardGrade, TAwardKind, TAwardLevel } from '@ipbureau/domain/utilization';
import { ProductRecordEntity } from '../product-rules/product.rules.js';

/** A patent or S&T award won by one patent, as stored. */
@Entity({ name: 'awards' })
export class AwardEntity extends ProductRecordEntity {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TAwardKind;

  @Column({ name: 'level', type: 'varchar', length: 16 })
  level: TAwardLevel;

  @Column({ name: 'year', type: 'integer' })
  year: number;

  @Column({ name: 'grade', type: 'varchar', length: 16 })
  grade: TAwardGrade;

  @Column({ name: 'award_name', type: 'varchar', length: 200 })
  awardName: string;

  @Column({ name: 'patent_number', type: 'varchar', length: 24 })
  patentNumber: string;

  @Column({ name: 'patent_title', type: 'varchar', length: 300 })
  patentTitle: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName: string;

  @Column({ name: 'holder_credit_code', type: 'varchar', length: 18, nullable: true })
  holderCreditCode: string | null;

  @Column({ name: 'announced_date', type: 'date', nullable: true })
  announcedDate: string | null;

  @Column({ name: 'note', type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
