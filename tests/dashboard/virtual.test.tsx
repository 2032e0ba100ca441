import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecordTable, ROW_HEIGHT } from '../../components/dashboard/RecordTable';
import type { ReviewRecord } from '../../lib/db/records';
import { zh_CN as t } from '../../locales/dashboard';
import { withScrollBoxSize } from './layout';

withScrollBoxSize();

function records(n: number): ReviewRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'note',
    id: `n-${i}`,
    documentId: 'd',
    docTitle: '文件',
    docNumber: '',
    versionN: 1,
    reviewer: '张三',
    department: '法制科',
    category: 'local-protection',
    categoryName: '地方保护',
    severity: 'error',
    status: 'note',
    anchor: 'anchored',
    quote: `原文${i}`,
    comment: `意见${i}`,
    suggestion: '',
    reason: '',
    basis: '',
    ruleId: '',
    findingId: '',
    parentId: '',
    createdAt: i,
    updatedAt: i,
    edits: 0,
    search: '',
  }));
}

describe('virtualised record table', () => {
  it('keeps only the visible rows of 100 000 in the DOM', () => {
    render(<RecordTable t={t} records={records(100_000)} onSelect={() => {}} initialRect={{ width: 1200, height: 600 }} />);
    const rows = screen.getAllByTestId('record-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    const spacer = screen.getByTestId('record-scroll').firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${100_000 * ROW_HEIGHT}px`);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('100001');
  });
});
