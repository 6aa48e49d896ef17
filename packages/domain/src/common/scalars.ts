import { z } from 'zod';

/**
 * A date of legal effect (filing, grant, registration, decision): a calendar date in China
 * Standard Time, `YYYY-MM-DD`, never an instant. Stored as PostgreSQL `date`.
 */
export const ZCalendarDate = z.iso.date();
export type TCalendarDate = z.infer<typeof ZCalendarDate>;

/** An instant (audit time, login time): ISO 8601 with offset. */
export const ZInstant = z.iso.datetime({ offset: true });

/** Six-digit administrative-division code (GB/T 2260), e.g. 440500 Shantou, 440507 Longhu. */
export const ZRegionCode = z.string().refine((v) => /^\d{6}$/.test(v), { params: { i18n: 'regionCode.format' } });
export type TRegionCode = z.infer<typeof ZRegionCode>;

export const ZUuid = z.uuid();
export const ZIdParam = z.object({ id: z.uuid() });
