import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TImportJob } from '@ipbureau/domain/creation';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';

const JOB = '3c9a1f0e-2b4d-4e6f-8a1b-5c7d9e0f1a2b';
const job = (overrides: Partial<TImportJob>): TImportJob => ({
  id: JOB,
  kind: 'patents',
  fileName: '专利导出.xlsx',
  format: 'xlsx',
  status: 'queued',
  totalRows: null,
  processedRows: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  errorCount: 0,
  failure: null,
  createdAt: '2026-01-05T02:00:00.000Z',
  createdBy: '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01',
  finishedAt: null,
  ...overrides,
});

/** The job as the server reports it on each poll: half done, then finished with 3 rows refused. */
function importing() {
  const progress = [
    job({ status: 'running', totalRows: 1000, processedRows: 500, inserted: 498, rejected: 2, errorCount: 2 }),
    job({ status: 'completed', totalRows: 1000, processedRows: 1000, inserted: 990, updated: 4, unchanged: 3, rejected: 3, errorCount: 4, finishedAt: '2026-01-05T02:00:09.000Z' }),
  ];
  let polls = 0;
  return ({ method, path }: Call) => {
    if (method === 'POST' && path === '/api/creation/imports/patents') return { status: 202, body: job({}) };
    if (method === 'GET' && path === `/api/creation/imports/${JOB}`) return { body: progress[Math.min(polls++, progress.length - 1)] };
    if (method === 'GET' && path.startsWith('/api/creation/imports/')) return { body: 'file' };
    return undefined;
  };
}

const chooseFile = (name: string) => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File(['申请号'], name)] } });
};

afterEach(() => vi.restoreAllMocks());

describe('the import screen', () => {
  it('uploads the file, shows the job’s progress until it finishes, then the counts and the error report', async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const backend = fakeBackend(importing());
    renderScreen('/creation/imports', backend);

    const start = await screen.findByRole('button', { name: '开始导入' });
    expect(start.hasAttribute('disabled')).toBe(true);
    chooseFile('专利导出.xlsx');
    await waitFor(() => expect(start.hasAttribute('disabled')).toBe(false));
    fireEvent.click(start);

    const upload = await waitFor(() => {
      const posted = backend.calls.find((c) => c.method === 'POST');
      expect(posted).toBeDefined();
      return posted!;
    });
    expect(upload.path).toBe('/api/creation/imports/patents');
    expect((upload.body as FormData).get('file')).toBeInstanceOf(File);
    expect(await screen.findByText('已处理 500 / 1000 行')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    expect(await screen.findByText('已处理 1000 / 1000 行', undefined, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('已完成')).toBeTruthy();
    expect(screen.getByText('990')).toBeTruthy();
    expect(screen.getByText('未导入（有错误）')).toBeTruthy();
    expect(screen.getByText('错误 4 处')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '错误报告（XLSX）' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledOnce());
    const report = backend.calls.find((c) => c.path === `/api/creation/imports/${JOB}/errors`)!;
    expect(report.query.get('format')).toBe('xlsx');
  });

  it('offers the template of the kind chosen, and shows why a file was refused', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:t'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const backend = fakeBackend(({ method, path }) =>
      method === 'POST' ? { status: 422, body: { statusCode: 422, code: 'UNPROCESSABLE', message: '表头缺少必填列：区县、注册日' } } : path.startsWith('/api/creation/imports/templates/') ? { body: 'x' } : undefined,
    );
    renderScreen('/creation/imports', backend);
    fireEvent.click(await screen.findByText('商标'));
    fireEvent.click(screen.getByRole('button', { name: 'CSV 模板' }));
    await waitFor(() => expect(backend.calls.some((c) => c.path === '/api/creation/imports/templates/trademarks' && c.query.get('format') === 'csv')).toBe(true));

    chooseFile('商标.csv');
    const start = screen.getByRole('button', { name: '开始导入' });
    await waitFor(() => expect(start.hasAttribute('disabled')).toBe(false));
    fireEvent.click(start);
    expect(await screen.findByText('文件未被接受：表头缺少必填列：区县、注册日')).toBeTruthy();
    expect(backend.calls.find((c) => c.method === 'POST')?.path).toBe('/api/creation/imports/trademarks');
  });
});
