import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCalendarDay, TCalendarDayCreateInput } from '@ipbureau/domain/protection';
import { servicePath, useApiClient, type ApiClient, type ApiError } from '@ipbureau/api-client';
import { caseKeys } from './cases.queries';

const calendar = (path = '') => servicePath('protection', `/calendar${path}`);

export const calendarApi = {
  list: (client: ApiClient, year: number, signal?: AbortSignal) => client.get<TCalendarDay[]>(calendar(), { query: { year }, signal }),
  create: (client: ApiClient, body: TCalendarDayCreateInput) => client.post<TCalendarDay>(calendar(), body),
  verify: (client: ApiClient, day: TCalendarDay) => client.patch<TCalendarDay>(calendar(`/${day.id}`), { version: day.version, verified: true }),
  remove: (client: ApiClient, day: TCalendarDay) => client.delete<void>(calendar(`/${day.id}`), { query: { version: day.version } }),
};

export const calendarKeys = { year: (year: number) => ['protection', 'calendar', year] as const };

export const useCalendar = (year: number) => {
  const client = useApiClient();
  return useQuery({ queryKey: calendarKeys.year(year), queryFn: ({ signal }) => calendarApi.list(client, year, signal) });
};

/** A calendar change moves case deadlines: the year's days and every case list and file become stale. */
export function useCalendarWrite<TVariables>(write: (client: ApiClient, variables: TVariables) => Promise<unknown>, onSuccess?: () => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, TVariables>({
    mutationFn: (variables) => write(client, variables),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['protection', 'calendar'] }), queryClient.invalidateQueries({ queryKey: caseKeys.all })]);
      onSuccess?.();
    },
  });
}
