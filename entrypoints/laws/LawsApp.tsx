import { useEffect, useMemo, useState } from 'react';
import { LawIndex } from '@/components/laws/LawIndex';
import { LawSearchResults } from '@/components/laws/LawSearchResults';
import { LawView } from '@/components/laws/LawView';
import { StringsContext } from '@/components/strings';
import { viewerState } from '@/lib/laws/viewer';
import { lawViewerHash, parseLawViewerHash, type LawViewerTarget } from '@/lib/laws/viewer-url';
import type { Strings } from '@/locales';

/** The law viewer: the address (#law=…&article=…&q=…) is the state, so links from the sidebar and Back work. */
export function LawsApp({ t }: { t: Strings }) {
  const [target, setTarget] = useState<LawViewerTarget>(() => parseLawViewerHash(location.hash));
  const [draft, setDraft] = useState(target.q ?? '');
  useEffect(() => {
    const onHash = () => {
      const next = parseLawViewerHash(location.hash);
      setTarget(next);
      setDraft(next.q ?? '');
      if (!next.article) window.scrollTo?.(0, 0); // a new list or law starts at its top; an article scrolls itself
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const state = useMemo(() => viewerState(target), [target]);
  const q = target.q;

  return (
    <StringsContext.Provider value={t}>
      <header className="fl-header">
        <h1>{t.lawsHeading}</h1>
        <form
          role="search"
          className="fl-search"
          onSubmit={(e) => {
            e.preventDefault();
            location.hash = lawViewerHash({ q: draft.trim() });
          }}
        >
          <label htmlFor="fl-q">{t.lawsSearch}</label>
          <input id="fl-q" type="search" value={draft} placeholder={t.lawsSearchPlaceholder} onChange={(e) => setDraft(e.target.value)} data-testid="law-search" />
          <button type="submit">{t.lawsSearch}</button>
        </form>
      </header>
      <div className="fl-body">
        <LawIndex laws={state.laws} current={state.law?.name} hrefFor={(law) => lawViewerHash({ law, q })} />
        <main className="fl-main" tabIndex={-1}>
          {state.missingLaw && <p role="status">{t.lawsNotFound(state.missingLaw)}</p>}
          {state.law ? (
            <LawView law={state.law} target={state.target} missingArticle={state.missingArticle} query={q} />
          ) : q ? (
            <LawSearchResults query={q} hits={state.hits} hrefFor={(law, article) => lawViewerHash({ law, article, q })} />
          ) : (
            <p className="fl-muted">{t.lawsPick}</p>
          )}
        </main>
      </div>
    </StringsContext.Provider>
  );
}
