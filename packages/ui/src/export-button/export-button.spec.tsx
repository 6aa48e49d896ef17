import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { ExportButton } from './export-button';

afterEach(() => vi.restoreAllMocks());

const inApp = (node: React.ReactNode) => render(<App>{node}</App>);

describe('ExportButton', () => {
  it('saves the downloaded file under the list’s name and today’s date', async () => {
    const created = vi.fn(() => 'blob:file');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const file = new Blob(['PK']);
    const download = vi.fn(() => Promise.resolve(file));
    inApp(<ExportButton fileName="质押登记" download={download} />);
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(download).toHaveBeenCalledTimes(1);
    expect(created).toHaveBeenCalledWith(file);
    expect(saved[0]).toMatch(/^质押登记-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('shows the server’s refusal and saves nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    inApp(<ExportButton fileName="专利" download={() => Promise.reject(new Error('符合条件的记录有 30000 条，超过导出上限'))} />);
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('导出失败：符合条件的记录有 30000 条，超过导出上限')).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
  });
});
