import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { TCasePartyRole, TCaseRightKind } from '@ipbureau/domain/protection';

/** A party of a case: an organization by its credit code, or a person by name. */
@Entity({ name: 'case_parties' })
export class CasePartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'position', type: 'smallint' })
  position: number;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: 'organization' | 'person';

  @Column({ name: 'role', type: 'varchar', length: 16 })
  role: TCasePartyRole;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}

/** An officer assigned to a case 承办人. */
@Entity({ name: 'case_officers' })
export class CaseOfficerEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'position', type: 'smallint' })
  position: number;

  @Column({ name: 'name', type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}

/** A right the case involves 涉案权利, in the order entered; a patent as its ZL number, a mark as its bare registration number. */
@Entity({ name: 'case_rights' })
export class CaseRightEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'position', type: 'smallint' })
  position: number;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  kind: TCaseRightKind;

  @Column({ name: 'number', type: 'varchar', length: 40, nullable: true })
  number: string | null;

  @Column({ name: 'title', type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}
