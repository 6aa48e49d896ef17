import { Column, Entity } from 'typeorm';
import type { TAssistanceOutcome, TProtectionIndustry } from '@ipbureau/domain/protection';
import { RecordColumns } from '../common/record.columns.js';

/** A rights-protection workstation 维权援助工作站, in operation from its establishment to its closing. */
@Entity({ name: 'rights_workstations' })
export class WorkstationEntity extends RecordColumns {
  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'host_organization', type: 'varchar', length: 200 })
  hostOrganization: string;

  @Column({ name: 'industry', type: 'varchar', length: 24 })
  industry: TProtectionIndustry;

  @Column({ name: 'established_date', type: 'date' })
  establishedDate: string;

  @Column({ name: 'closed_date', type: 'date', nullable: true })
  closedDate: string | null;
}

/** An enterprise's request for assistance at a workstation, concluded with an outcome. */

@Entity({ name: 'workstation_assistance' })
export class AssistanceEntity extends RecordColumns {
  @Column({ name: 'workstation_id', type: 'uuid' })
  workstationId: string;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ name: 'matter', type: 'text' })
  matter: string;

  @Column({ name: 'received_date', type: 'date' })
  receivedDate: string;

  @Column({ name: 'concluded_date', type: 'date', nullable: true })
  concludedDate: string | null;

  @Column({ name: 'outcome', type: 'varchar', length: 16, nullable: true })
  outcome: TAssistanceOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;
}
