/** A finding's legal basis in the sidebar links to the law viewer (through a message to the background). */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/engine/types';
import type { SidebarActions } from '../../lib/sidebar/controller';
import { SidebarApp } from '../../lib/sidebar/SidebarApp';
import { createSidebarStore } from '../../lib/sidebar/store';

const finding: Finding = {
  id: 'a',
  ruleId: 'penalty-set-by-normative-document',
  category: 'unauthorized-penalty',
  severity: 'error',
  start: 0,
  end: 2,
  quote: '罚款',
  message: '本文件类型无权设定行政处罚。',
  basis: [{ law: '行政处罚法', article: '第十六条' }, { law: '国办发〔2018〕37号' }],
};

function setup(openLaw?: (law: string, article?: string) => void) {
  const store = createSidebarStore();
  store.getState().setResult([finding], { docType: 'normative-document', docTypeSource: 'detected', articleCount: 1 }, 10, 1);
  const noop = vi.fn();
  const actions: SidebarActions = { selectEditor: noop, setDocType: noop, reveal: noop, apply: noop, ignore: noop, restore: noop, saveNote: noop, setOpen: noop, setWidth: noop, setGroupBy: noop, select: noop };
  render(<SidebarApp store={store} actions={actions} openLaw={openLaw} />);
  return screen.getByTestId('finding');
}

describe('basis links in the sidebar', () => {
  it('opens the article in the law viewer; a basis without an article has no link', () => {
    const openLaw = vi.fn();
    const card = setup(openLaw);
    const links = within(card).getAllByRole('button', { name: /^在法规库中查看/ });
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('aria-label')).toBe('在法规库中查看《行政处罚法》第十六条（新标签页）');
    fireEvent.click(links[0]);
    expect(openLaw).toHaveBeenCalledWith('行政处罚法', '第十六条');
  });

  it('shows no link where the sidebar cannot open the viewer', () => {
    const card = setup(undefined);
    expect(card.querySelector('[data-action="open-law"]')).toBeNull();
  });
});
