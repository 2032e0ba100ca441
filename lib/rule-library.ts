/**
 * The rule library as the options page shows it: one view per rule (built-in or custom) with its category name,
 * default severity, trigger words, legal basis (with the article text when a lawText resolver is given — the
 * options page passes lib/laws/articles; nothing here imports the statute texts) and examples; plus a Fuse.js
 * search over names, trigger words, laws and examples that works with partial Chinese words.
 */
import Fuse, { type FuseOptionKey } from 'fuse.js';
import type { Rule } from '../rules/define-rule';
import type { DocType, Severity } from './engine/types';
import { CATEGORIES, CATEGORY_BY_ID } from './engine/taxonomy';
import { unmark } from './rule-pack/examples';
import { isRuleOn, type RuleSettings } from './rule-settings';

export interface RuleView {
  id: string;
  title: string;
  category: string;
  categoryName: string;
  /** The rule's own severity (or its category's). */
  severity: Severity;
  /** Severity (or off) by document type, as the rule ships. */
  docTypes: Partial<Record<DocType, Severity | 'off'>>;
  message: string;
  suggestion?: string;
  kind: Rule['match']['type'];
  /** Literal trigger words: phrases, pattern anchors, proximity words, clause-check anchors. */
  triggers: string[];
  /** Proximity rules: the word groups and the distance. */
  groups?: string[][];
  within?: number;
  patterns: string[];
  unless: string[];
  basis: { law: string; article?: string; text?: string }[];
  /** Examples as written, with [[marks]]. */
  bad: string[];
  good: string[];
  /** Set for custom rules: the pack they come from. */
  pack?: { id: string; name: string };
}

const exText = (e: Rule['examples']['bad'][number]) => (typeof e === 'string' ? e : e.text);

export function ruleView(
  rule: Rule,
  opts: { lawText?: (law: string, article: string) => string | undefined; pack?: { id: string; name: string } } = {},
): RuleView {
  const cat = CATEGORY_BY_ID.get(rule.category);
  const m = rule.match;
  const triggers = m.type === 'phrase' ? m.phrases : m.type === 'pattern' || m.type === 'clause' ? m.anchors : m.type === 'proximity' ? m.groups.flat() : [];
  return {
    id: rule.id,
    title: rule.title,
    category: rule.category,
    categoryName: cat?.name ?? rule.category,
    severity: rule.severity ?? cat?.defaultSeverity ?? 'warning',
    docTypes: rule.docTypes ?? {},
    message: rule.message,
    ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
    kind: m.type,
    triggers: [...triggers],
    ...(m.type === 'proximity' ? { groups: m.groups, within: m.within } : {}),
    patterns: m.type === 'pattern' ? [...m.patterns] : [],
    unless: [...(rule.unless ?? [])],
    basis: rule.basis.map((b) => {
      const text = b.article ? opts.lawText?.(b.law, b.article) : undefined;
      return { law: b.law, ...(b.article ? { article: b.article } : {}), ...(text ? { text } : {}) };
    }),
    bad: rule.examples.bad.map(exText),
    good: rule.examples.good.map(exText),
    ...(opts.pack ? { pack: opts.pack } : {}),
  };
}

const CATEGORY_ORDER = new Map(CATEGORIES.map((c, i) => [c.id, i]));

/** Taxonomy order, then custom rules after built-in ones, then title. */
export function sortViews(views: RuleView[]): RuleView[] {
  return [...views].sort(
    (a, b) =>
      (CATEGORY_ORDER.get(a.category) ?? 999) - (CATEGORY_ORDER.get(b.category) ?? 999) ||
      Number(!!a.pack) - Number(!!b.pack) ||
      a.id.localeCompare(b.id),
  );
}

interface SearchDoc {
  id: string;
  title: string;
  categoryName: string;
  triggers: string[];
  patterns: string[];
  laws: string[];
  message: string;
  examples: string[];
}

const KEYS: FuseOptionKey<SearchDoc>[] = [
  { name: 'title', weight: 3 },
  { name: 'triggers', weight: 2.5 },
  { name: 'categoryName', weight: 2 },
  { name: 'laws', weight: 2 },
  { name: 'id', weight: 1 },
  { name: 'patterns', weight: 1 },
  { name: 'message', weight: 1 },
  { name: 'examples', weight: 1 },
];

export interface RuleSearch {
  /** Rule ids, best first; an empty query returns undefined (= no filter). */
  search(query: string): string[] | undefined;
}

/**
 * Fuse.js over the views. Chinese has no spaces, so a query is matched anywhere in a field (ignoreLocation) with a
 * tight threshold: 许可 finds 行政许可 and 变相设定许可, a typo in a four-character word still matches. Words separated
 * by spaces must all match (each somewhere in the rule).
 */
export function createRuleSearch(views: readonly RuleView[]): RuleSearch {
  const docs: SearchDoc[] = views.map((v) => ({
    id: v.id,
    title: v.title,
    categoryName: v.categoryName,
    triggers: v.triggers,
    patterns: v.patterns,
    laws: v.basis.map((b) => `《${b.law}》${b.article ?? ''}`),
    message: v.message,
    examples: [...v.bad, ...v.good].map((e) => unmark(e).text),
  }));
  const fuse = new Fuse(docs, { keys: KEYS, includeScore: true, threshold: 0.3, ignoreLocation: true, ignoreFieldNorm: true, minMatchCharLength: 1 });
  return {
    search(query) {
      const terms = query.trim().split(/\s+/).filter(Boolean);
      if (!terms.length) return undefined;
      let total: Map<string, number> | undefined;
      for (const term of terms) {
        const scores = new Map<string, number>();
        for (const r of fuse.search(term)) scores.set(r.item.id, r.score ?? 0);
        if (!total) total = scores;
        else {
          const prev: Map<string, number> = total;
          total = new Map([...scores].filter(([id]) => prev.has(id)).map(([id, s]) => [id, s + (prev.get(id) ?? 0)]));
        }
      }
      return [...(total ?? new Map<string, number>())].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    },
  };
}

export type StateFilter = 'all' | 'on' | 'off' | 'changed';

/** Whether the reviewer changed anything about the rule (switch, severity, document types). */
export function isChanged(s: RuleSettings, v: RuleView): boolean {
  return s.disabledRules.includes(v.id) || v.id in s.severityOverrides || (s.docTypeLimits[v.id]?.length ?? 0) > 0;
}

export function matchesState(s: RuleSettings, v: RuleView, state: StateFilter): boolean {
  if (state === 'all') return true;
  if (state === 'changed') return isChanged(s, v);
  return isRuleOn(s, v.id, v.category) === (state === 'on');
}
