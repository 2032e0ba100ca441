import type { DocType, Severity } from '../../lib/engine/types';
import type { RuleView } from '../../lib/rule-library';
import { lawLabel } from '../../lib/sidebar/grouping';
import { useStrings } from '../strings';
import { Example } from './Example';

export interface RuleDetailProps {
  view: RuleView;
  id: string;
  /** The reviewer's restriction of the rule to document types (empty = all). */
  limits: readonly DocType[];
  docTypeNames: Record<DocType, string>;
  levelName(level: Severity | 'off'): string;
  lawHref(law: string, article?: string): string;
  onDocTypes(types: DocType[]): void;
}

/** Everything about one rule: message, triggers, legal basis with the article text, examples, document types. */
export function RuleDetail({ view: v, id, limits, docTypeNames, levelName, lawHref, onDocTypes }: RuleDetailProps) {
  const t = useStrings();
  const presets = Object.entries(v.docTypes) as [DocType, Severity | 'off'][];
  const types = Object.keys(docTypeNames) as DocType[];
  return (
    <div className="fo-rule-detail" id={id} data-testid="rule-detail">
      <dl>
        <dt>{t.ruleId}</dt>
        <dd>
          <code>{v.id}</code>
        </dd>
        <dt>{t.ruleMessage}</dt>
        <dd>{v.message}</dd>
        {v.suggestion && (
          <>
            <dt>{t.suggestion}</dt>
            <dd>{v.suggestion}</dd>
          </>
        )}
        {v.kind === 'document' && (
          <>
            <dt>{t.ruleTriggers}</dt>
            <dd>{t.ruleKindDocument}</dd>
          </>
        )}
        {v.kind === 'clause' && (
          <>
            <dt>{t.ruleTriggers}</dt>
            <dd>
              {t.ruleKindClause}
              {v.triggers.join(t.listJoin)}
            </dd>
          </>
        )}
        {(v.kind === 'phrase' || v.kind === 'pattern') && (
          <>
            <dt>{t.ruleTriggers}</dt>
            <dd>
              <ul className="fo-chips" role="list">
                {v.triggers.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {v.kind === 'proximity' && v.groups && (
          <>
            <dt>{t.ruleTriggers}</dt>
            <dd>
              {t.ruleProximity(v.within ?? 0)}
              <ul role="list">
                {v.groups.map((g, i) => (
                  <li key={i}>{g.join(' / ')}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {v.patterns.length > 0 && (
          <>
            <dt>{t.rulePatterns}</dt>
            <dd>
              <ul role="list">
                {v.patterns.map((p, i) => (
                  <li key={i}>
                    <code className="fo-code">{p}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {v.unless.length > 0 && (
          <>
            <dt>{t.ruleUnless}</dt>
            <dd>
              <ul role="list">
                {v.unless.map((p, i) => (
                  <li key={i}>
                    <code className="fo-code">{p}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t.basis}</dt>
        <dd>
          <ul className="fo-basis" role="list">
            {v.basis.map((b, i) => (
              <li key={i} data-testid="rule-basis">
                {b.article ? (
                  <a href={lawHref(b.law, b.article)} target="_blank" rel="noreferrer">
                    {lawLabel(b.law)}
                    {b.article}
                  </a>
                ) : (
                  lawLabel(b.law)
                )}
                {b.text ? (
                  <blockquote className="fo-article-text" data-testid="article-text">
                    {b.text}
                  </blockquote>
                ) : (
                  b.article && <p className="fo-muted">{t.ruleArticleMissing}</p>
                )}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.ruleBad}</dt>
        <dd>
          <ul className="fo-examples fo-bad" role="list">
            {v.bad.map((e, i) => (
              <li key={i}>
                <Example text={e} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.ruleGood}</dt>
        <dd>
          <ul className="fo-examples fo-good" role="list">
            {v.good.map((e, i) => (
              <li key={i}>
                <Example text={e} />
              </li>
            ))}
          </ul>
        </dd>
        {presets.length > 0 && (
          <>
            <dt>{t.ruleDocTypes}</dt>
            <dd>{presets.map(([type, level]) => `${docTypeNames[type]} ${levelName(level)}`).join(t.listJoin)}</dd>
          </>
        )}
      </dl>
      <fieldset className="fo-doctypes" data-testid="doc-type-limits">
        <legend>{t.ruleLimit}</legend>
        {types.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={limits.includes(type)}
              value={type}
              onChange={(e) => onDocTypes(e.target.checked ? [...limits, type] : limits.filter((x) => x !== type))}
            />
            {docTypeNames[type]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
