import { Column, Entity } from 'typeorm';
import type { TAwardGrade, TAwardLevel, TPatentAwardKind } from '@ipbureau/domain/creation';
import { RecordedColumns } from '../lifecycle/recorded.columns.js';

/** A member of a patent's family filed abroad; granted there when `grantDate` is set. */
@Entity({ name: 'patent_family_members' })
export class PatentFamilyMemberEntity extends RecordedColumns {
  @Column({ name: 'patent_id', type: 'uuid' })
  patentId: string;

  @Column({ name: 'country', type: 'varchar', length: 2 })
  country: string;

  @Column({ name: 'number', type: 'varchar', length: 40 })
  number: string;

  @Column({ name: 'grant_date', type: 'date', nullable: true })
  grantDate: string | null;
}

/** An award a patent won. */
@Entity({ name: 'patent_awards' })
export class PatentAwardEntity extends RecordedColumns {
  @Column({ name: 'patent_id', type: 'uuid' })
  patentId: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TPatentAwardKind;

  @Column({ name: 'level', type: 'varchar', length: 12 })
  level: TAwardLevel;

  @Column({ name: 'year', type: 'smallint' })
  year: number;

  @Column({ name: 'grade', type: 'varchar', length: 12 })
  grade: TAwardGrade;
}
