import { Column, Entity } from 'typeorm';
import type { TPatentType } from '@ipbureau/domain';
import type { TPatentStatus } from '@ipbureau/domain/creation';
import { RecordedColumns } from '../lifecycle/recorded.columns.js';

/**
 * A patent application as stored. `date` columns hydrate as their 'YYYY-MM-DD' text (TypeORM
 * formats the fields node-pg parsed, never an instant), so a filing date cannot shift by a day.
 * `status` and `grantDate` are the latest of the status events, kept here for lists and filters.
 */
@Entity({ name: 'patents' })
export class PatentEntity extends RecordedColumns {
  @Column({ name: 'application_number', type: 'varchar', length: 16 })
  applicationNumber: string;

  @Column({ name: 'patent_type', type: 'varchar', length: 20 })
  patentType: TPatentType;

  @Column({ name: 'title', type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'applicant_name', type: 'varchar', length: 200 })
  applicantName: string;

  @Column({ name: 'applicant_credit_code', type: 'varchar', length: 18, nullable: true })
  applicantCreditCode: string | null;

  @Column({ name: 'filing_date', type: 'date' })
  filingDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TPatentStatus;

  @Column({ name: 'grant_date', type: 'date', nullable: true })
  grantDate: string | null;

  @Column({ name: 'ipc_symbols', type: 'varchar', length: 24, array: true })
  ipcSymbols: string[];

  @Column({ name: 'annual_fee_paid_until', type: 'date', nullable: true })
  annualFeePaidUntil: string | null;

  /** The patent agency 代理机构 that filed it, and the agent 专利代理师 who handled it (supervision by results, plan 四.五). */
  @Column({ name: 'agency_credit_code', type: 'varchar', length: 18, nullable: true })
  agencyCreditCode: string | null;

  @Column({ name: 'agent_licence_number', type: 'varchar', length: 40, nullable: true })
  agentLicenceNumber: string | null;

  @Column({ name: 'version', type: 'integer' })
  version: number;

  /** The district the applicant is in (its most specific division). */

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;
}
