import { useStrings } from '../strings';

export interface LawIndexEntry {
  name: string;
  fullName: string;
  kind: string;
  articles: number;
}

export interface LawIndexProps {
  laws: LawIndexEntry[];
  current?: string;
  hrefFor(name: string): string;
}

/** The list of laws, as links (keyboard: Tab between them, Enter opens). */
export function LawIndex({ laws, current, hrefFor }: LawIndexProps) {
  const t = useStrings();
  return (
    <nav className="fl-index" aria-labelledby="fl-index-title" data-testid="law-index">
      <h2 id="fl-index-title">
        {t.lawsIndex} <span className="fl-muted">{t.lawsCount(laws.length)}</span>
      </h2>
      <ul role="list">
        {laws.map((l) => (
          <li key={l.name}>
            <a href={hrefFor(l.name)} aria-current={l.name === current ? 'page' : undefined} data-law={l.name} title={l.fullName}>
              {l.name}
              <span className="fl-muted"> · {t.lawsArticles(l.articles)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
