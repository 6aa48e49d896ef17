import { Column, Entity } from 'typeorm';
import type { TNavigationDeliverable, TNavigationKind } from '@ipbureau/domain/public-services';
import { OwnedRecord } from '../common/owned-record.js';

/** A patent navigation project 专利导航项目; the budget is numeric(18,2) text. */
@Entity({ name: 'navigation_projects' })
export class NavigationProjectEntity extends OwnedRecord {
  @Column({ name: 'title', type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: TNavigationKind;

  @Column({ name: 'industry', type: 'varchar', length: 100 })
  industry: string;

  @Column({ name: 'undertaker', type: 'varchar', length: 200 })
  undertaker: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'budget', type: 'numeric', precision: 18, scale: 2, nullable: true })
  budget: string | null;

  @Column({ name: 'deliverables', type: 'jsonb', default: () => `'[]'` })
  deliverables: TNavigationDeliverable[];
}
