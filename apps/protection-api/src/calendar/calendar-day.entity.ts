import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TCalendarDayKind } from '@ipbureau/domain/protection';

/** A public holiday or adjusted working day of the bureau's working-day calendar. */
@Entity({ name: 'working_calendar_days' })
export class CalendarDayEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'day', type: 'date' })
  day: string;

  @Column({ name: 'kind', type: 'varchar', length: 8 })
  kind: TCalendarDayKind;

  @Column({ name: 'name', type: 'varchar', length: 100 })
  name: string;

  /** 000000 nationwide, else the division the day applies in. */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'verified', type: 'boolean' })
  verified: boolean;

  @Column({ name: 'version', type: 'int' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
