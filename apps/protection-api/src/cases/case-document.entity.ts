import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TCaseDocumentKind } from '@ipbureau/domain/protection';

/** An entry of a case's documents register 案卷文书; never deleted, at most voided once. */
@Entity({ name: 'case_documents' })
export class CaseDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'kind', type: 'varchar', length: 32 })
  kind: TCaseDocumentKind;

  @Column({ name: 'document_number', type: 'varchar', length: 64, nullable: true })
  documentNumber: string | null;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'dated', type: 'date' })
  dated: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @Column({ name: 'recorded_by_name', type: 'varchar', length: 100 })
  recordedByName: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false })
  recordedAt: Date;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_by_id', type: 'uuid', nullable: true })
  voidedById: string | null;

  @Column({ name: 'voided_by_name', type: 'varchar', length: 100, nullable: true })
  voidedByName: string | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}
