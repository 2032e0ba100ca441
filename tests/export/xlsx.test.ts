// @vitest-environment node
import ExcelJS from 'exceljs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS } from '../../lib/export/csv';
import { recordsToXlsx } from '../../lib/export/xlsx';
import { crc32, streamRecordsToXlsx } from '../../lib/export/xlsx-stream';
import { FIXED_CLOCK, seeded } from './seed';
import { readZipEntry } from './unzip';

describe.each([
  ['exceljs', Infinity],
  ['streamed writer', 0],
])('XLSX export (%s)', (_name, streamThreshold) => {
  it('writes the records sheet and a 说明 sheet that exceljs reads back', async () => {
    const { records } = await seeded();
    const progress: number[] = [];
    const bytes = await recordsToXlsx(records, { clock: FIXED_CLOCK, description: '全部', streamThreshold, onProgress: (d) => void progress.push(d) });
    expect(progress.at(-1)).toBe(records.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('审核记录')!;
    expect(ws.rowCount).toBe(records.length + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(RECORD_COLUMNS.map((c) => c.header));
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
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
    expect(info.getCell('B4').value).toBe('全部');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(RECORD_COLUMNS.findIndex((c) => c.header === '原文') + 1).width).toBe(40);
    expect((info.getCell('B2').value as Date).toISOString()).toBe('2025-03-05T09:30:00.000Z');
  });
});

describe('streamed XLSX writer', () => {
  it('computes the standard CRC-32, also in pieces', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const data = new Uint8Array(10_003).map((_, i) => (i * 7919) % 251);
    expect(crc32(data)).toBe(zlib.crc32(data));
    expect(crc32(data.subarray(5001), crc32(data.subarray(0, 5001)))).toBe(zlib.crc32(data));
  });

  it('escapes XML, drops control characters and spans many chunks', async () => {
    const { records } = await seeded();
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...records[i % records.length]!, id: `r-${i}`, comment: `<意见&${i}>\u0007"引号"` }));
    const chunks: number[] = [];
    const bytes = await streamRecordsToXlsx(many, { clock: FIXED_CLOCK, columns: RECORD_COLUMNS, description: 'x', chunkRows: 1000, onProgress: (d) => void chunks.push(d) });
    expect(chunks).toEqual([1000, 2000, 2500]);
    const sheet = readZipEntry(bytes, 'xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('&lt;意见&amp;2499&gt;');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    const ws = wb.getWorksheet('审核记录')!;
    expect(ws.rowCount).toBe(2501);
    const col = RECORD_COLUMNS.findIndex((c) => c.header === '意见') + 1;
    expect(ws.getRow(2501).getCell(col).value).toBe('<意见&2499>"引号"');
  });
});
