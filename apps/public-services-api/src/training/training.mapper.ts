import type { TTrainingEvent } from '@ipbureau/domain/public-services';
import type { TrainingEventEntity } from './training-event.entity.js';

export const mapTrainingEvent = ({ regionCode, createdAt, ...e }: TrainingEventEntity): TTrainingEvent => ({
  id: e.id,
  kind: e.kind,
  topic: e.topic,
  audience: e.audience,
  date: e.date,
  online: e.online,
  venue: e.venue,
  district: regionCode,
  plannedCount: e.plannedCount,
  attendedCount: e.attendedCount,
  version: e.version,
  departmentId: e.departmentId,
  createdAt: createdAt.toISOString(),
  createdBy: e.createdBy,
});
