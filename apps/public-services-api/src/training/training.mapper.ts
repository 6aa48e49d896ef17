import { maskPhone } from '@ipbureau/domain';
import type { TTrainingEvent, TTrainingRegistration } from '@ipbureau/domain/public-services';
import type { TrainingEventEntity } from './training-event.entity.js';
import type { TrainingRegistrationEntity } from './training-registration.entity.js';

/** An event's registrations: how many are on its list and how many were marked attended. */
export interface RegistrationCounts {
  registered: number;
  attended: number;
}

const NONE: RegistrationCounts = { registered: 0, attended: 0 };

/**
 * The attended count follows the rule in `ZAttendanceSource`: from the registrations when the
 * event has any, else the count entered on the event.
 */
export const mapTrainingEvent = ({ regionCode, createdAt, ...e }: TrainingEventEntity, counts: RegistrationCounts = NONE): TTrainingEvent => ({
  id: e.id,
  kind: e.kind,
  topic: e.topic,
  audience: e.audience,
  date: e.date,
  online: e.online,
  venue: e.venue,
  district: regionCode,
  plannedCount: e.plannedCount,
  attendedCount: counts.registered > 0 ? counts.attended : e.attendedCount,
  registeredCount: counts.registered,
  attendanceSource: counts.registered > 0 ? 'registrations' : 'count',
  version: e.version,
  departmentId: e.departmentId,
  createdAt: createdAt.toISOString(),
  createdBy: e.createdBy,
});

/** `clearPhone`: officers see the phone; viewers, exports and the audit trail see it masked. */
export const mapTrainingRegistration = (r: TrainingRegistrationEntity, event: Pick<TrainingEventEntity, 'topic' | 'date'>, clearPhone: boolean): TTrainingRegistration => ({
  id: r.id,
  eventId: r.eventId,
  eventTopic: event.topic,
  eventDate: event.date,
  personName: r.personName,
  organizationName: r.organizationName,
  creditCode: r.creditCode,
  phone: r.phone === null || clearPhone ? r.phone : maskPhone(r.phone),
  phoneMasked: r.phone !== null && !clearPhone,
  attendedOn: r.attendedOn,
  district: r.regionCode,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
});
