import type { DocType, Severity } from '../../lib/engine/types';
import type { RuleView, StateFilter } from '../../lib/rule-library';
import type { RuleSettings } from '../../lib/rule-settings';
import { isRuleOn } from '../../lib/rule-settings';
import { useStrings } from '../strings';
import { RuleRow } from './RuleRow';
import { Switch } from './Switch';

export interface RuleLibraryProps {
  /** The rules to list (filtered and ordered). */
  views: RuleView[];
  total: number;
  settings: RuleSettings;
  query: string;
  category: string;
  state: StateFilter;
  categories: { id: string; name: string }[];
  expanded: ReadonlySet<string>;
  docTypeNames: Record<DocType, string>;
  levelName(level: Severity | 'off'): string;
  lawHref(law: string, article?: string): string;
  onQuery(q: string): void;
  onCategory(id: string): void;
  onState(state: StateFilter): void;
  onToggleRule(id: string, on: boolean): void;
  onToggleCategory(id: string, on: boolean): void;
  onSeverity(id: string, severity: Severity | undefined): void;
  onDocTypes(id: string, types: DocType[]): void;
  onExpand(id: string): void;
}

interface Group {
  id: string;
  name: string;
  views: RuleView[];
}

function groupByCategory(views: RuleView[]): Group[] {
  const groups = new Map<string, Group>();
  for (const v of views) {
    let g = groups.get(v.category);
    if (!g) groups.set(v.category, (g = { id: v.category, name: v.categoryName, views: [] }));
    g.views.push(v);
  }
  return [...groups.values()];
}

const NO_LIMITS: readonly DocType[] = [];

/** Every rule, by category: search, filters, switches for rules and categories, severity, document types. */
export function RuleLibrary(p: RuleLibraryProps) {
  const t = useStrings();
  const s = p.settings;
  const states: [StateFilter, string][] = [
    ['all', t.stateAll],
    ['on', t.stateOn],
    ['off', t.stateOff],
    ['changed', t.stateChanged],
  ];
  return (
    <section aria-labelledby="fo-library-title" data-testid="rule-library">
      <h2 id="fo-library-title" className="fo-sr-only">
        {t.tabRules}
      </h2>
      <div className="fo-filters" role="search">
        <label className="fo-grow">
          {t.librarySearch}
          <input type="search" value={p.query} placeholder={t.librarySearchPlaceholder} onChange={(e) => p.onQuery(e.target.value)} data-testid="rule-search" />
        </label>
        <label>
          {t.libraryCategory}
          <select value={p.category} onChange={(e) => p.onCategory(e.target.value)} data-testid="rule-category-filter">
            <option value="">{t.libraryAllCategories}</option>
            {p.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.libraryState}
          <select value={p.state} onChange={(e) => p.onState(states.find(([k]) => k === e.target.value)?.[0] ?? 'all')}>
            {states.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="fo-muted" role="status" data-testid="rule-count">
        {t.libraryCount(p.views.length, p.total)}
      </p>
      {p.views.length === 0 && <p>{t.libraryNoMatch}</p>}
      {groupByCategory(p.views).map((g) => {
        const catOn = !s.disabledCategories.includes(g.id);
        return (
          <section key={g.id} className="fo-category" aria-labelledby={`fo-cat-${g.id}`} data-testid="category" data-category={g.id} data-on={catOn}>
            <div className="fo-category-head">
              <Switch checked={catOn} label={t.categorySwitch(g.name)} onChange={(on) => p.onToggleCategory(g.id, on)} testId="category-switch" />
              <h3 id={`fo-cat-${g.id}`}>{g.name}</h3>
              {!catOn && <span className="fo-muted">{t.categoryOff}</span>}
            </div>
            <ul className="fo-rules" role="list">
              {g.views.map((v) => (
                <RuleRow
                  key={v.id}
                  view={v}
                  on={isRuleOn({ ...s, disabledCategories: [] }, v.id, v.category)}
                  categoryOff={!catOn}
                  severity={((o) => (o === 'off' ? undefined : o))(s.severityOverrides[v.id])}
                  limits={s.docTypeLimits[v.id] ?? NO_LIMITS}
                  expanded={p.expanded.has(v.id)}
                  docTypeNames={p.docTypeNames}
                  levelName={p.levelName}
                  lawHref={p.lawHref}
                  onToggle={p.onToggleRule}
                  onSeverity={p.onSeverity}
                  onDocTypes={p.onDocTypes}
                  onExpand={p.onExpand}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
