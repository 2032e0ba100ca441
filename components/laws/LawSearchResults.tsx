import { lawLabel } from '../../lib/sidebar/grouping';
import { useStrings } from '../strings';
import { Highlight } from './Highlight';

export interface LawHit {
  law: string;
  num: string;
  chapter?: string;
  text: string;
}

export interface LawSearchResultsProps {
  query: string;
  hits: LawHit[];
  hrefFor(law: string, num: string): string;
}

export function LawSearchResults({ query, hits, hrefFor }: LawSearchResultsProps) {
  const t = useStrings();
  return (
    <section aria-labelledby="fl-results-title" data-testid="law-results">
      <h2 id="fl-results-title">{t.lawsResults(hits.length)}</h2>
      {hits.length === 0 ? (
        <p>{t.lawsNoResults}</p>
      ) : (
        <ol className="fl-results" role="list">
          {hits.map((h) => (
            <li key={`${h.law}-${h.num}`} data-testid="law-hit">
              <a href={hrefFor(h.law, h.num)} aria-label={t.lawsOpenResult(h.law, h.num)}>
                {lawLabel(h.law)}
                {h.num}
              </a>
              {h.chapter && <span className="fl-muted"> · {h.chapter}</span>}
              <p className="fl-hit-text">
                <Highlight text={h.text.length > 240 ? `${h.text.slice(0, 240)}…` : h.text} query={query} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
