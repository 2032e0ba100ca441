// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS } from '../../lib/export/csv';
import { recordsToXlsx } from '../../lib/export/xlsx';
import { FIXED_CLOCK, seeded } from './seed';

describe('XLSX export', () => {
  it('writes the records sheet and a 说明 sheet that exceljs reads back', async () => {
    const { records } = await seeded();
    const progress: number[] = [];
    const bytes = await recordsToXlsx(records, { clock: FIXED_CLOCK, description: '全部', onProgress: (d) => void progress.push(d) });
    expect(progress.at(-1)).toBe(records.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('审核记录')!;
    expect(ws.rowCount).toBe(records.length + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(RECORD_COLUMNS.map((c) => c.header));
    expect(ws.getRow(1).font?.bold).toBe(true);
    const idCol = RECORD_COLUMNS.findIndex((c) => c.header === '记录ID') + 1;
    const quoteCol = RECORD_COLUMNS.findIndex((c) => c.header === '原文') + 1;
    const createdCol = RECORD_COLUMNS.findIndex((c) => c.header === '创建时间') + 1;
    const versionCol = RECORD_COLUMNS.findIndex((c) => c.header === '版本') + 1;
    for (let i = 2; i <= ws.rowCount; i++) {
      const row = ws.getRow(i);
      const rec = records.find((r) => r.id === row.getCell(idCol).value)!;
      expect(row.getCell(quoteCol).value ?? '').toBe(rec.quote);
      expect(row.getCell(versionCol).value).toBe(rec.versionN);
      const created = row.getCell(createdCol).value;
      expect(created).toBeInstanceOf(Date);
      expect((created as Date).getTime()).toBe(rec.createdAt + 8 * 3600_000);
    }
    const info = wb.getWorksheet('说明')!;
    expect(info.getCell('B3').value).toBe(records.length);
    expect((info.getCell('B2').value as Date).toISOString()).toBe('2025-03-05T09:30:00.000Z');
  });
});
