import type { TNavigationProject } from '@ipbureau/domain/public-services';
import type { NavigationProjectEntity } from './navigation-project.entity.js';

export const mapNavigationProject = (p: NavigationProjectEntity): TNavigationProject => ({
  id: p.id,
  title: p.title,
  kind: p.kind,
  industry: p.industry,
  undertaker: p.undertaker,
  startDate: p.startDate,
  endDate: p.endDate,
  budget: p.budget,
  deliverables: p.deliverables,
  district: p.regionCode,
  version: p.version,
  departmentId: p.departmentId,
  createdAt: p.createdAt.toISOString(),
  createdBy: p.createdBy,
});
