// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { byCategory, byStatus, facets, filterRecords, perWeek, weekStart } from '../../lib/db/filter';
import { formatTime } from '../../lib/db/records';
import { seeded } from '../export/seed';

describe('review records and dashboard filters', () => {
  it('flattens notes, replies and decisions with their document', async () => {
    const { records } = await seeded();
    expect(records.map((r) => r.kind).sort()).toEqual(['decision', 'decision', 'decision', 'note', 'note', 'reply']);
    const orphan = records.find((r) => r.anchor === 'orphan' && r.kind === 'note')!;
    expect(orphan).toMatchObject({ docTitle: '关于加强本市市场经营秩序管理的若干规定', docNumber: '某府办发〔2025〕3号', versionN: 1, categoryName: '地方保护、排斥外地经营者', reviewer: '张三' });
    const edited = records.find((r) => r.kind === 'note' && r.edits === 1)!;
    expect(edited.severity).toBe('error');
    expect(records.find((r) => r.kind === 'reply')!.anchor).toBe('page');
  });

  it('filters by every field and by full text (all terms, any case)', async () => {
    const { records } = await seeded();
    expect(filterRecords(records, {})).toHaveLength(6);
    expect(filterRecords(records, { status: 'false-positive' }).map((r) => r.reason)).toEqual(['有效期为五年，未超过规定']);
    expect(filterRecords(records, { category: 'local-protection' })).toHaveLength(1);
    expect(filterRecords(records, { severity: 'error' })).toHaveLength(3);
    expect(filterRecords(records, { reviewer: '张三', department: '市司法局合法性审核处' })).toHaveLength(6);
    expect(filterRecords(records, { reviewer: '李四' })).toHaveLength(0);
    expect(filterRecords(records, { anchor: 'orphan' }).length).toBeGreaterThan(0);
    expect(filterRecords(records, { documentId: records[0]!.documentId })).toHaveLength(6);
    expect(filterRecords(records, { text: '外地 分支机构' })).toHaveLength(1);
    expect(filterRecords(records, { text: 'SUM(a1)' })).toHaveLength(1);
    const t = records[0]!.updatedAt;
    expect(filterRecords(records, { from: t + 1 })).toHaveLength(0);
    expect(filterRecords(records, { to: t - 1 })).toHaveLength(5);
  });

  it('counts for the charts: by category, by decision status, per week', async () => {
    const { records } = await seeded();
    expect(byStatus(records)).toEqual([
      { key: 'accepted', count: 1 },
      { key: 'false-positive', count: 1 },
      { key: 'partial', count: 1 },
    ]);
    expect(byCategory(records).reduce((a, c) => a + c.count, 0)).toBe(5);
    expect(perWeek(records)).toEqual([{ week: weekStart(records[0]!.createdAt), count: 6 }]);
    expect(facets(records).reviewers).toEqual(['张三']);
  });

  it('starts weeks on Monday, China time, and fills empty weeks', () => {
    const monday = Date.UTC(2025, 2, 2, 16, 0); // 2025-03-03 00:00 +08:00
    expect(weekStart(Date.UTC(2025, 2, 5, 3))).toBe(monday);
    expect(weekStart(monday)).toBe(monday);
    expect(weekStart(monday - 1)).toBe(monday - 7 * 86_400_000);
    const rec = (createdAt: number) => ({ createdAt }) as Parameters<typeof perWeek>[0][number];
    expect(perWeek([rec(monday), rec(monday + 21 * 86_400_000)]).map((w) => w.count)).toEqual([1, 0, 0, 1]);
    expect(formatTime(monday)).toBe('2025-03-03 00:00');
  });
});
