import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OwnedRecord } from '../common/owned-record.js';

/** A practising patent agent 专利代理师; where and when they practise is in agent_practices. */
@Entity({ name: 'patent_agents' })
export class PatentAgentEntity extends OwnedRecord {
  @Column({ name: 'name', type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'licence_number', type: 'varchar', length: 40 })
  licenceNumber: string;
}

/** One period of practice at one agency: [start_date, end_date). */
@Entity({ name: 'agent_practices' })
export class AgentPracticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agent_id', type: 'uuid' })
  agentId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
