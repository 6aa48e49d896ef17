import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TMilestoneInput } from '@ipbureau/domain/plans';

@Entity({ name: 'plan_tasks' })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId: string;
  @Column({ type: 'text' }) chapter: string;
  @Column({ type: 'text' }) item: string;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'responsible_department', type: 'text' }) responsibleDepartment: string;
  @Column({ name: 'cooperating_departments', type: 'text', array: true }) cooperatingDepartments: string[];
  @Column({ type: 'jsonb' }) milestones: TMilestoneInput[];
  @Column({ name: 'sort_order', type: 'integer' }) sortOrder: number;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
