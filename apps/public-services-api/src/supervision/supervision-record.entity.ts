import { Column, Entity } from 'typeorm';
import { OwnedRecord } from '../common/owned-record.js';
import type { TSanctionKind, TSupervisionKind, TSupervisionStatus, TViolationKind } from '@ipbureau/domain/public-services';

/** An inspection or a violation found, of an agency or an agent; fines are numeric(18,2) text. */
@Entity({ name: 'supervision_records' })
export class SupervisionRecordEntity extends OwnedRecord {
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TSupervisionKind;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ name: 'agent_id', type: 'uuid', nullable: true })
  agentId: string | null;

  @Column({ name: 'violation_kind', type: 'varchar', length: 32, nullable: true })
  violationKind: TViolationKind | null;

  @Column({ name: 'found_date', type: 'date' })
  foundDate: string;

  @Column({ name: 'description', type: 'text', default: '' })
  description: string;

  @Column({ name: 'sanction', type: 'varchar', length: 16, nullable: true })
  sanction: TSanctionKind | null;

  @Column({ name: 'fine_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  fineAmount: string | null;

  @Column({ name: 'status', type: 'varchar', length: 16, default: 'open' })
  status: TSupervisionStatus;

  /** The `blacklist.referred` event this record published, once referred. */
  @Column({ name: 'referral_event_id', type: 'uuid', nullable: true })
  referralEventId: string | null;

  @Column({ name: 'referred_on', type: 'date', nullable: true })
  referredOn: string | null;
}
