/**
 * The generic matchers rules are data for. Each compiles a rule into a function over one clause that returns
 * clause-local spans, plus the literal anchors the prefilter uses to pick candidate clauses.
 */
import type { Rule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { compilePattern } from './pattern';
import { compilePhrase } from './phrase';
import { compileProximity } from './proximity';

export interface CompiledMatcher {
  anchors: string[];
  run: (c: ClauseContext) => LocalHit[];
}

/** Returns undefined for document-level rules (they run once per document, not per clause). */
export function compileMatcher(rule: Rule): CompiledMatcher | undefined {
  const m = rule.match;
  switch (m.type) {
    case 'pattern':
      return { anchors: m.anchors, run: compilePattern(m.patterns) };
    case 'phrase':
      return { anchors: m.phrases, run: compilePhrase(m.phrases) };
    case 'proximity':
      return { anchors: m.groups[0], run: compileProximity(m.groups, m.within, m.ordered ?? false, m.report) };
    case 'clause':
      return { anchors: m.anchors, run: m.check };
    case 'document':
      return undefined;
  }
}
