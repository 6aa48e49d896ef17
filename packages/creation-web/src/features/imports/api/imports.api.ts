import type { TImportFormat, TImportJob, TImportKind } from '@ipbureau/domain/creation';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const imports = (path = '') => servicePath('creation', `/imports${path}`);

/** The creation service's import endpoints. */
export const importsApi = {
  upload: (client: ApiClient, kind: TImportKind, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return client.post<TImportJob>(imports(`/${kind}`), form);
  },
  get: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TImportJob>(imports(`/${id}`), { signal }),
  errorReport: (client: ApiClient, id: string, format: TImportFormat) => client.get<Blob>(imports(`/${id}/errors`), { query: { format }, responseType: 'blob' }),
  template: (client: ApiClient, kind: TImportKind, format: TImportFormat) => client.get<Blob>(imports(`/templates/${kind}`), { query: { format }, responseType: 'blob' }),
};
