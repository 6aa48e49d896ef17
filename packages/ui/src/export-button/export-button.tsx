import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useUiText } from '../locale';

export interface ExportButtonProps {
  /** Fetches the file: the list's current filter as XLSX (`?format=xlsx` on any exportable list). */
  download: () => Promise<Blob>;
  /** Saved as `<fileName>-<today>.xlsx`. */
  fileName: string;
  /** Defaults to "export to Excel" in the UI language. */
  label?: string;
}

function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/**
 * Saves what the list shows, across all its pages, as an XLSX file. Busy while the server builds
 * it; a refusal (e.g. too many rows for the filter) is shown with the server's own words.
 */
export function ExportButton({ download, fileName, label }: ExportButtonProps) {
  const text = useUiText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const file = await download();
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${fileName}-${today()}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      void message.error(text.exportFailed((error as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {label ?? text.exportXlsx}
    </Button>
  );
}
