import { Column, Entity } from 'typeorm';
import type { TTrademarkStatus, TTrademarkStatusEvent } from '@ipbureau/domain/creation';
import { StatusEventColumns } from '../lifecycle/status-event.columns.js';

/** One dated change of a trademark's status or term. */
@Entity({ name: 'trademark_status_events' })
export class TrademarkStatusEventEntity extends StatusEventColumns<TTrademarkStatus, TTrademarkStatusEvent['action']> {
  @Column({ name: 'trademark_id', type: 'uuid' })
  trademarkId: string;

  /** The end of the term this event set: on registration and renewals only. */
  @Column({ name: 'expiry_date', type: 'date', nullable: true })
  expiryDate: string | null;
}
