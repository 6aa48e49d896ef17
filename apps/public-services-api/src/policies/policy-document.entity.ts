import { Column, Entity } from 'typeorm';
import type { TPolicyAttachment, TPolicyKind } from '@ipbureau/domain/public-services';
import { OwnedRecord } from '../common/owned-record.js';

/** A policy, guide or notice; its search vector is a generated column the entity never writes. */
@Entity({ name: 'policy_documents' })
export class PolicyDocumentEntity extends OwnedRecord {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TPolicyKind;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'issuer', type: 'varchar', length: 200 })
  issuer: string;

  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true })
  documentNumber: string | null;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'expiry_date', type: 'date', nullable: true })
  expiryDate: string | null;

  @Column({ name: 'body', type: 'text', default: '' })
  body: string;

  @Column({ name: 'attachments', type: 'jsonb', default: () => `'[]'` })
  attachments: TPolicyAttachment[];
}
