/**
 * A rule is data: what it matches (a generic matcher), which category it reports, why (legal basis), and its own
 * proof (bad examples with the offending span marked [[like this]], good look-alikes). Custom code is the exception:
 * `clause` and `document` checks, for what no matcher expresses. The schema lives in rule-schema.ts; every built-in
 * rule is validated against it by tests/rules.test.ts, so the engine bundle carries no validator.
 */
import type { Rule } from './rule-schema';

export type { Basis, ClauseCheck, DocCheck, Example, Gates, Rule, RuleInput } from './rule-schema';

/** Declares a built-in rule (typed; validated by the rule tests). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Severity presets for provisions that create powers (licence, penalty, coercion…) by document type. */
export const ONLY_LEGISLATION: Rule['docTypes'] = {
  law: 'off',
  'administrative-regulation': 'off',
  'local-regulation': 'off',
  'department-rule': 'warning',
  'government-rule': 'warning',
};

/** Fair-competition rules: every document must pass fair-competition review; laws and regulations are out of scope. */
export const NOT_FOR_LAWS: Rule['docTypes'] = { law: 'off', 'administrative-regulation': 'off' };
