import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TAttachment, TTaskReportStatus } from '@ipbureau/domain/plans';

@Entity({ name: 'plan_task_reports' })
export class TaskReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'task_id', type: 'uuid' }) taskId: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId: string;
  @Column({ type: 'text' }) period: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text' }) status: TTaskReportStatus;
  @Column({ type: 'jsonb' }) attachments: TAttachment[];
  @Column({ name: 'reported_by', type: 'uuid' }) reportedBy: string;
  @Column({ name: 'reported_at', type: 'timestamptz' }) reportedAt: Date;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
}
