import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardApp } from '../../entrypoints/dashboard/App';
import { serializeExport, toJsonExport } from '../../lib/export/json';
import { readSnapshot } from '../../lib/db/snapshot';
import { zh_CN as t } from '../../locales/dashboard';
import { withScrollBoxSize } from './layout';
import { FIXED_CLOCK, seeded } from '../export/seed';

withScrollBoxSize();

const rect = { width: 1200, height: 800 };

async function mount() {
  const src = await seeded();
  const saved: { name: string; blob: Blob }[] = [];
  const view = render(<DashboardApp db={src.s.db} t={t} clock={FIXED_CLOCK} initialRect={rect} save={(name, blob) => saved.push({ name, blob })} />);
  await screen.findByText(t.shown(6, 6));
  return { ...src, saved, view };
}

describe('dashboard', () => {
  it('lists every note, reply and decision of the log', async () => {
    await mount();
    expect(screen.getAllByTestId('record-row')).toHaveLength(6);
    expect(screen.getByText(t.title)).toBeTruthy();
    expect(screen.getAllByText('关于加强本市市场经营秩序管理的若干规定').length).toBeGreaterThan(0);
  });

  it('filters by status, category and full text, and clears', async () => {
    await mount();
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'false-positive' } });
    await screen.findByText(t.shown(1, 6));
    expect(screen.getByTestId('record-row').textContent).toContain('有效期五年');
    fireEvent.click(screen.getByText(t.filterReset));
    await screen.findByText(t.shown(6, 6));
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'local-protection' } });
    await screen.findByText(t.shown(1, 6));
    fireEvent.click(screen.getByText(t.filterReset));
    fireEvent.change(screen.getByTestId('filter-text'), { target: { value: '拟删除' } });
    await screen.findByText(t.shown(1, 6));
    expect(screen.getByTestId('record-row').dataset.kind).toBe('reply');
  });

  it('shows a record with its history and replies', async () => {
    await mount();
    const row = screen.getAllByTestId('record-row').find((r) => r.textContent?.includes('外地企业，应当在本市设立分支机构'))!;
    fireEvent.click(row);
    const detail = await screen.findByTestId('record-detail');
    expect(within(detail).getByText(t.detailOrphan)).toBeTruthy();
    expect(within(detail).getByText('起草单位：拟删除')).toBeTruthy();
    const edited = screen.getAllByTestId('record-row').find((r) => r.textContent?.includes('=SUM(A1)'))!;
    fireEvent.click(edited);
    await waitFor(() => expect(within(screen.getByTestId('record-detail')).getAllByRole('listitem')).toHaveLength(2));
  });

  it('exports the filtered records as CSV and the whole database as JSON', async () => {
    const { saved } = await mount();
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'accepted' } });
    await screen.findByText(t.shown(1, 6));
    fireEvent.click(screen.getByText(t.exportCsv));
    await screen.findByText(/已生成 法审-审核记录-20250305-0930\.csv/);
    const csv = await saved[0]!.blob.text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    fireEvent.click(screen.getByText(t.exportJson));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(JSON.parse(await saved[1]!.blob.text()).notes).toHaveLength(3);
  });

  it('writes the opinion for the document chosen in the filter', async () => {
    const { saved, snapshot } = await mount();
    const button = screen.getByText(t.exportOpinion);
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('filter-document'), { target: { value: snapshot.documents[0]!.id } });
    await waitFor(() => expect(screen.getByText(t.exportOpinion).hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByText(t.exportOpinion));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^合法性审核意见书-.*\.docx$/);
    expect(saved[0]!.blob.size).toBeGreaterThan(5000);
  });

  it('refuses a foreign import with a clear error and changes nothing', async () => {
    const { s } = await mount();
    const before = await s.db.notes.count();
    const input = screen.getByTestId('import-file');
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['{"hello":1}'], 'x.json', { type: 'application/json' })] } });
    });
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain(t.importFailed);
    expect(notice.textContent).toContain('不是法审助手导出的审核记录文件');
    expect(await s.db.notes.count()).toBe(before);
  });

  it('imports a JSON export and reports what it added', async () => {
    const other = await seeded();
    const text = serializeExport(toJsonExport(await readSnapshot(other.s.db), { clock: FIXED_CLOCK }));
    await mount();
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([text], 'backup.json')] } });
    });
    await screen.findByText(/导入完成：新增 \d+ 条/, undefined, { timeout: 10_000 });
    await screen.findByText(t.shown(12, 12));
  });

  it('verifies the hash chain and reports tampering', async () => {
    const { s } = await mount();
    fireEvent.click(screen.getByText(t.verify));
    await screen.findByText(/^校验通过/);
    const note = (await s.db.notes.toArray())[0]!;
    await s.db.notes.update(note.id, { comment: '被改' });
    fireEvent.click(screen.getByText(t.verify));
    expect((await screen.findByRole('alert')).textContent).toMatch(/校验未通过：1 条记录与日志不一致/);
  });

  it('shows documents with their version history, the activity log and the charts', async () => {
    await mount();
    fireEvent.click(screen.getByRole('tab', { name: t.tabDocuments }));
    const row = await screen.findByTestId('document-row');
    fireEvent.click(within(row).getByRole('button', { expanded: false }));
    expect(await screen.findByText(/第2稿 · .* · 按文本指纹识别|第2稿 · .* · 按网址识别|第2稿 · .* · 按文号识别/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: t.tabEvents }));
    await waitFor(() => expect(screen.getAllByTestId('event-row').length).toBe(10));
    expect(screen.getAllByText('处理决定').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('tab', { name: t.tabCharts }));
    expect(screen.getAllByTestId('chart')).toHaveLength(3);
    expect(within(screen.getAllByTestId('chart')[1]!).getByText('采纳')).toBeTruthy();
  });
});
