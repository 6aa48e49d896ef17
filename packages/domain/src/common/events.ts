import { z } from 'zod';
import { ZInstant, ZRegionCode } from './scalars.js';

/**
 * Cross-pillar facts travel as domain events, never as cross-schema SQL. A service publishes
 * an event in the same transaction as the change it reports; every service that consumes that
 * type receives it once (at least once on the wire, exactly once in effect: consumers record
 * the event id they applied in the same transaction as its effect).
 */
export const EVENT_SERVICES = ['platform', 'creation', 'utilization', 'protection', 'public-services'] as const;
export type TEventService = (typeof EVENT_SERVICES)[number];

export const ZEventType = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/);

/** What travels: the facts in `data`, and where, when and by whom they happened. */
export const ZEventEnvelope = z.object({
  /** Unique per event; consumers apply an event id once. */
  id: z.uuid(),
  type: ZEventType,
  /** The service that published it. */
  source: z.enum(EVENT_SERVICES),
  occurredAt: ZInstant,
  regionCode: ZRegionCode,
  /** The user whose action caused it, when one did. */
  actorId: z.uuid().nullable(),
  requestId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TEventEnvelope = z.infer<typeof ZEventEnvelope>;

/**
 * Which service consumes which event types: the contract between pillars, in one place. Every
 * service's start prepares a durable queue per consumer for these, so an event published before
 * its consumer ever ran still reaches it.
 */
export const EVENT_ROUTES: Readonly<Record<TEventService, readonly string[]>> = {
  platform: ['alert.raised', 'facts.changed'],
  creation: ['pledge.registered', 'pledge.released', 'award.granted'],
  utilization: [],
  protection: ['blacklist.referred'],
  'public-services': [],
};

/** The consumers of an event type. */
export function consumersOf(type: string): TEventService[] {
  return EVENT_SERVICES.filter((service) => EVENT_ROUTES[service].includes(type));
}

/** The durable queue a consumer reads its events from. */
export function eventQueue(service: TEventService): string {
  return `events.${service}`;
}
