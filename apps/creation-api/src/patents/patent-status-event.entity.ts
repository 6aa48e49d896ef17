import { Column, Entity } from 'typeorm';
import type { TPatentStatus, TPatentStatusEvent } from '@ipbureau/domain/creation';
import { StatusEventColumns } from '../lifecycle/status-event.columns.js';

/** One dated change of a patent's legal status. */
@Entity({ name: 'patent_status_events' })
export class PatentStatusEventEntity extends StatusEventColumns<TPatentStatus, TPatentStatusEvent['action']> {
  @Column({ name: 'patent_id', type: 'uuid' })
  patentId: string;
}
