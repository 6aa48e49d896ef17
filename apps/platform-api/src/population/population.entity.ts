import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TPopulationBasis } from '@ipbureau/domain/plans';

@Entity({ name: 'population' })
export class PopulationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'integer' }) year: number;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ type: 'text' }) basis: TPopulationBasis;
  @Column({ type: 'integer' }) people: number;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'integer' }) version: number;
}
