// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, RECORD_COLUMNS, recordsToCsv } from '../../lib/export/csv';
import { seeded } from './seed';

describe('CSV export', () => {
  it('writes a BOM, a Chinese header and one row per note, reply and decision, and parses back', async () => {
    const { records } = await seeded();
    const csv = recordsToCsv(records);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(RECORD_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(records.length);
    expect(rows).toHaveLength(6); // 2 notes, 1 reply, 3 decisions
    const col = (name: string) => header!.indexOf(name);
    const byId = new Map(rows.map((r) => [r[col('记录ID')], r]));
    for (const rec of records) {
      const row = byId.get(rec.id)!;
      expect(row[col('原文')]).toBe(rec.quote);
      expect(row[col('审核人')]).toBe('张三');
      expect(row[col('文号')]).toBe('某府办发〔2025〕3号');
    }
    const fp = rows.find((r) => r[col('状态')] === '误报')!;
    expect(fp[col('理由')]).toBe('有效期为五年，未超过规定');
    const orphan = rows.find((r) => r[col('原文')] === '外地企业，应当在本市设立分支机构')!;
    expect(orphan[col('定位')]).toBe('未能定位（孤立）');
    expect(orphan[col('问题类别')]).toBe('地方保护、排斥外地经营者');
    expect(rows.find((r) => r[col('状态')] === '采纳')![col('法律依据')]).toBe('《行政许可法》第十七条');
    expect(rows.find((r) => r[col('状态')] === '采纳')![col('创建时间')]).toMatch(/^2025-03-03 1\d:\d\d$/);
  });

  it('escapes cells that a spreadsheet would run as formulas', async () => {
    const { records } = await seeded();
    const csv = recordsToCsv(records);
    expect(csv).not.toMatch(/(^|,)"?=SUM/m);
    expect(csv).toContain("'=SUM(A1)");
  });

  it('writes just the header for no records', () => {
    expect(recordsToCsv([]).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
