import ExcelJS from 'exceljs';

/** The first sheet of an XLSX response as rows of cell values, header row first. */
export async function xlsxRows(response: Response): Promise<unknown[][]> {
  if (response.status !== 200) throw new Error(`expected an XLSX file, got ${response.status}: ${await response.text()}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return rows;
}
