import { Column, Entity } from 'typeorm';
import { OwnedRecord } from '../common/owned-record.js';

/** A person registered for a training event; `attendedOn` once they attended. Its district is the event's. */
@Entity({ name: 'training_registrations' })
export class TrainingRegistrationEntity extends OwnedRecord {
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'person_name', type: 'varchar', length: 100 })
  personName: string;

  @Column({ name: 'organization_name', type: 'varchar', length: 200 })
  organizationName: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ name: 'phone', type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ name: 'attended_on', type: 'date', nullable: true })
  attendedOn: string | null;
}
