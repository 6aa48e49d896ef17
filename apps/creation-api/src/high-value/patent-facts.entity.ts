import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TAwardGrade, TAwardLevel, TPatentAwardKind } from '@ipbureau/domain/creation';

/** A member of a patent's family filed abroad; granted there when `grantDate` is set. */
@Entity({ name: 'patent_family_members' })
export class PatentFamilyMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'patent_id', type: 'uuid' })
  patentId: string;

  @Column({ name: 'country', type: 'varchar', length: 2 })
  country: string;

  @Column({ name: 'number', type: 'varchar', length: 40 })
  number: string;

  @Column({ name: 'grant_date', type: 'date', nullable: true })
  grantDate: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

/** An award a patent won. */
@Entity({ name: 'patent_awards' })
export class PatentAwardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
