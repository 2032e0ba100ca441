import { useEffect, useRef } from 'react';
import type { LawText } from '../../lib/laws/articles';
import { useStrings } from '../strings';
import { Highlight } from './Highlight';

export interface LawViewProps {
  law: LawText;
  /** The article to show (its index in law.articles), scrolled to and marked. */
  target?: number;
  /** The article asked for is not in this law. */
  missingArticle?: string;
  /** Words to mark in the text. */
  query?: string;
}

/** One law, article by article, chapters as headings; the target article gets the focus. */
export function LawView({ law, target, missingArticle, query }: LawViewProps) {
  const t = useStrings();
  const targetRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = targetRef.current;
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [law, target]);

  let chapter: string | undefined;
  return (
    <article className="fl-law" aria-labelledby="fl-law-title" data-testid="law-view" data-law={law.name}>
      <header>
        <h2 id="fl-law-title">{law.fullName}</h2>
        <p className="fl-muted">
          {law.kind} · {t.lawsVersion(law.version)}
          {law.effective && ` · ${t.lawsEffective(law.effective)}`}
        </p>
        {law.status === 'superseded' && <p className="fl-warn">{t.lawsSuperseded}</p>}
        {missingArticle && (
          <p className="fl-warn" role="status">
            {t.lawsArticleNotFound(missingArticle)}
          </p>
        )}
      </header>
      {law.preamble && (
        <section aria-label={t.lawsPreamble}>
          <h3>{t.lawsPreamble}</h3>
          {law.preamble.split('\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      )}
      <ol className="fl-articles" role="list" aria-label={t.lawsArticlesOf(law.name)}>
        {law.articles.map((a, i) => {
          const heading = a.chapter && a.chapter !== chapter ? a.chapter : undefined;
          chapter = a.chapter;
          const isTarget = i === target;
          return (
            <li key={`${a.num}-${i}`}>
              {heading && <h3 className="fl-chapter">{heading}</h3>}
              <section
                ref={isTarget ? targetRef : undefined}
                id={`article-${i}`}
                className={isTarget ? 'fl-article fl-target' : 'fl-article'}
                tabIndex={isTarget ? -1 : undefined}
                aria-current={isTarget ? 'true' : undefined}
                data-testid="law-article"
                data-num={a.num}
              >
                <h4>{a.num}</h4>
                {a.text.split('\n').map((p, j) => (
                  <p key={j}>
                    <Highlight text={p} query={query} />
                  </p>
                ))}
              </section>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
