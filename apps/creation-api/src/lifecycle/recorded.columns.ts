import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What every record of this service carries besides its own fields: its id, the division it
 * belongs to (every record has a region code), and when and by whom it was entered.
 */
export abstract class RecordedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
