import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { TOverseasAction, TOverseasDisputeKind, TOverseasStatus, TProtectionIndustry } from '@ipbureau/domain/protection';
import { RecordColumns, StepColumns } from '../common/record.columns.js';

/** An overseas dispute of a local enterprise 海外知识产权纠纷; its status moves only by dated steps. */
@Entity({ name: 'overseas_disputes' })
export class OverseasDisputeEntity extends RecordColumns {
  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'country', type: 'varchar', length: 100 })
  country: string;

  @Column({ name: 'kind', type: 'varchar', length: 24 })
  kind: TOverseasDisputeKind;

  @Column({ name: 'opponent', type: 'varchar', length: 200 })
  opponent: string;

  /** numeric(18,2) read as its exact decimal string. */
  @Column({ name: 'amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  amount: string | null;

  @Column({ name: 'currency', type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ name: 'reported_date', type: 'date' })
  reportedDate: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: TOverseasStatus;

  @Column({ name: 'status_date', type: 'date' })
  statusDate: string;
}

/** One dated step of a dispute, with the assistance given; append-only. */

@Entity({ name: 'overseas_dispute_events' })
export class OverseasDisputeEventEntity extends StepColumns<TOverseasAction | 'report', TOverseasStatus> {
  @Column({ name: 'dispute_id', type: 'uuid' })
  disputeId: string;

  @Column({ name: 'assistance', type: 'text', nullable: true })
  assistance: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note: string | null;
}

/** A risk alert 风险预警 published to the enterprises of an industry. */
@Entity({ name: 'overseas_risk_alerts' })
export class RiskAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'title', type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'industry', type: 'varchar', length: 24 })
  industry: TProtectionIndustry;

  @Column({ name: 'published_date', type: 'date' })
  publishedDate: string;

  @Column({ name: 'content', type: 'text' })
  content: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An enterprise a risk alert was published to, recorded at publication; append-only. */
@Entity({ name: 'overseas_risk_alert_recipients' })
export class RiskAlertRecipientEntity {
  @PrimaryColumn({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @PrimaryColumn({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'source', type: 'varchar', length: 24 })
  source: 'workstation' | 'rapid_centre';

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;
}
