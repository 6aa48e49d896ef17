import type { TImportJob, TImportKind } from '@ipbureau/domain/creation';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { metricKeys } from '../../metrics/metrics.queries';
import { patentKeys } from '../../patents/api/patents.queries';
import { trademarkKeys } from '../../trademarks/api/trademarks.queries';
import { importsApi } from './imports.api';

export type TImportUpload = { kind: TImportKind; file: File };

/** An upload starts a job; the lists and figures change as it runs, so they are refreshed when it is accepted and again when it ends (see the screen). */
export function useUploadImport(options?: CallerOptions<TImportJob, TImportUpload>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ kind, file }: TImportUpload) => importsApi.upload(client, kind, file),
    (_job, { kind }) => [kind === 'patents' ? patentKeys.lists() : trademarkKeys.lists(), metricKeys.all],
    options,
  );
}
