/** The law viewer: its address, what it shows for it, and the page itself (search, article by article). */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LawsApp } from '../../entrypoints/laws/LawsApp';
import { listLaws } from '../../lib/laws/articles';
import { articleIndex, viewerState } from '../../lib/laws/viewer';
import { lawViewerHash, parseLawViewerHash } from '../../lib/laws/viewer-url';
import { getStrings } from '../../locales';

afterEach(() => {
  location.hash = '';
});

describe('law viewer address', () => {
  it('round-trips a law, an article and a query, encoded or as typed', () => {
    const hash = lawViewerHash({ law: '行政许可法', article: '第十七条' });
    expect(parseLawViewerHash(hash)).toEqual({ law: '行政许可法', article: '第十七条' });
    expect(parseLawViewerHash('#law=行政许可法&article=第十七条')).toEqual({ law: '行政许可法', article: '第十七条' });
    expect(lawViewerHash({})).toBe('');
    expect(parseLawViewerHash('#q=%20备案%20')).toEqual({ q: '备案' });
  });
});

describe('what the viewer shows', () => {
  it('opens a law at an article (also a paragraph reference, and any cited form of the name)', () => {
    const s = viewerState({ law: '中华人民共和国行政许可法', article: '第十六条第四款' });
    expect(s.law?.name).toBe('行政许可法');
    expect(s.law?.articles[s.target!].num).toBe('第十六条');
    expect(s.missingArticle).toBeUndefined();
    expect(viewerState({ law: '《行政处罚法》' }).law?.name).toBe('行政处罚法');
  });

  it('says when the law or the article is not in the data', () => {
    expect(viewerState({ law: '不存在的条例' }).missingLaw).toBe('不存在的条例');
    const s = viewerState({ law: '行政许可法', article: '第九百条' });
    expect(s.law?.name).toBe('行政许可法');
    expect(s.missingArticle).toBe('第九百条');
    expect(articleIndex(s.law!, 'not an article')).toBeUndefined();
  });

  it('searches names and full text: the index narrows to matching names, hits list articles', () => {
    const s = viewerState({ q: '行政许可' });
    expect(s.laws.map((l) => l.name)).toContain('行政许可法');
    expect(s.laws.length).toBeLessThan(listLaws().length);
    expect(s.hits.length).toBeGreaterThan(5);
    const text = viewerState({ q: '不得设定行政许可' });
    expect(text.hits[0].text).toContain('不得设定行政许可');
    // a citation goes straight to the article
    expect(viewerState({ q: '行政许可法第十七条' }).hits).toMatchObject([{ law: '行政许可法', num: '第十七条' }]);
  });
});

describe('law viewer page', () => {
  const t = getStrings('zh_CN');

  it('shows the article a link asks for, marked and focused, among all articles of the law', () => {
    location.hash = lawViewerHash({ law: '行政许可法', article: '第十七条' });
    render(<LawsApp t={t} />);
    const view = screen.getByTestId('law-view');
    expect(within(view).getByRole('heading', { level: 2 }).textContent).toBe('中华人民共和国行政许可法');
    const target = view.querySelector<HTMLElement>('[aria-current="true"]')!;
    expect(target.dataset.num).toBe('第十七条');
    expect(target.textContent).toContain('其他规范性文件一律不得设定行政许可');
    expect(document.activeElement).toBe(target);
    expect(screen.getAllByTestId('law-article').length).toBeGreaterThan(80);
    expect(screen.getByTestId('law-index').querySelector('[aria-current="page"]')?.textContent).toContain('行政许可法');
  });

  it('searches from the form and follows result links', async () => {
    render(<LawsApp t={t} />);
    expect(screen.getByText(t.lawsPick)).toBeTruthy();
    fireEvent.change(screen.getByTestId('law-search'), { target: { value: '不得设定行政许可' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('search'));
      await new Promise((r) => setTimeout(r, 10));
    });
    const hits = await screen.findAllByTestId('law-hit');
    expect(hits[0].querySelector('mark')?.textContent).toBe('不得设定行政许可');
    const link = within(hits[0]).getByRole('link') as HTMLAnchorElement;
    await act(async () => {
      location.hash = link.getAttribute('href')!;
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(screen.getByTestId('law-view').querySelector('[aria-current="true"]')).toBeTruthy();
  });

  it('is in English for an English browser', () => {
    render(<LawsApp t={getStrings('en')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Law library');
    expect(screen.getByText('Pick a law from the list, or search the articles above.')).toBeTruthy();
  });
});
