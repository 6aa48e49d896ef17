import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TImportJob } from '@ipbureau/domain/creation';
import { useApiClient, type ApiClient } from '@ipbureau/api-client';
import { importsApi } from './imports.api';

export const importKeys = {
  all: ['creation', 'imports'] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
};

/** How often a job still running is asked for its progress. */
export const IMPORT_POLL_MS = 1000;

const running = (job: TImportJob | undefined) => !job || job.status === 'queued' || job.status === 'running';

export const importQueries = {
  /** A job, polled while it runs and left alone once it has finished. */
  detail: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: importKeys.detail(id),
      queryFn: ({ signal }) => importsApi.get(client, id, signal),
      refetchInterval: (query) => (running(query.state.data) ? IMPORT_POLL_MS : false),
    }),
};

export function useImportJob(id: string | null) {
  const client = useApiClient();
  return useQuery({ ...importQueries.detail(client, id ?? ''), enabled: id !== null });
}
