/**
 * The rule-pack file format (版本 1): `{ format: 'fashen-rule-pack', version: 1, name, author?, rules: [...] }`.
 * Custom rules are data only — a phrase, pattern or proximity matcher with its legal basis and examples — never
 * code. Every object is strict (an unknown field is an error) and every string and list is bounded, so a pack that
 * passes can be matched without freezing a page. zod/mini keeps the content script (which re-reads stored packs)
 * small; the deeper checks (regex safety, a timed run, the examples) are in ./validate.ts, run by the options page.
 */
import { z } from 'zod/mini';
import { DOC_TYPES } from '../engine/types';
import { CATEGORY_BY_ID } from '../engine/taxonomy';

export const RULE_PACK_FORMAT = 'fashen-rule-pack';
export const RULE_PACK_VERSION = 1;

export const LIMITS = {
  /** A regex source (patterns, `unless`). */
  patternLength: 200,
  patterns: 10,
  phrases: 50,
  phraseLength: 40,
  unless: 10,
  groups: 5,
  groupWords: 30,
  within: 200,
  examples: 20,
  exampleLength: 2000,
  basis: 10,
  rules: 300,
  idLength: 64,
  titleLength: 100,
  textLength: 2000,
  nameLength: 100,
} as const;

const Str = (max: number, min = 1) => z.string().check(z.minLength(min), z.maxLength(max));
const List = <T extends z.core.SomeType>(item: T, max: number, min = 0) => z.array(item).check(z.minLength(min), z.maxLength(max));

export const Severity = z.enum(['error', 'warning', 'info']);
export const DocTypeId = z.enum(DOC_TYPES);
export const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const RegexSource = Str(LIMITS.patternLength);

export const CustomBasis = z.strictObject({ law: Str(LIMITS.nameLength), article: z.optional(Str(50)) });

export const CustomExample = z.union([
  Str(LIMITS.exampleLength),
  z.strictObject({ text: Str(LIMITS.exampleLength), docType: z.optional(DocTypeId) }),
]);
export type CustomExample = z.infer<typeof CustomExample>;

export const CustomGates = z.strictObject({
  prohibition: z.optional(z.boolean()),
  citation: z.optional(z.enum(['info', 'suppress', 'none'])),
  encouragement: z.optional(z.boolean()),
  quotation: z.optional(z.boolean()),
});

export const CustomPatternMatch = z.strictObject({
  type: z.literal('pattern'),
  patterns: List(RegexSource, LIMITS.patterns, 1),
  anchors: List(Str(LIMITS.phraseLength, 2), LIMITS.phrases, 1),
});

export const CustomPhraseMatch = z.strictObject({
  type: z.literal('phrase'),
  phrases: List(Str(LIMITS.phraseLength, 2), LIMITS.phrases, 1),
});

export const CustomProximityMatch = z.strictObject({
  type: z.literal('proximity'),
  groups: List(List(Str(LIMITS.phraseLength), LIMITS.groupWords, 1), LIMITS.groups, 2),
  within: z.int().check(z.positive(), z.lte(LIMITS.within)),
  ordered: z.optional(z.boolean()),
  report: z.optional(z.int().check(z.gte(0), z.lt(LIMITS.groups))),
});

export const CustomMatch = z.discriminatedUnion('type', [CustomPatternMatch, CustomPhraseMatch, CustomProximityMatch]);
export type CustomMatch = z.infer<typeof CustomMatch>;

/** One custom rule: the data-rule subset of rules/define-rule.ts's Rule, bounded. */
export const CustomRule = z.strictObject({
  id: Str(LIMITS.idLength).check(z.regex(RULE_ID)),
  category: Str(64).check(z.refine((c) => CATEGORY_BY_ID.has(c), { params: { kind: 'category' } })),
  severity: z.optional(Severity),
  docTypes: z.optional(z.partialRecord(DocTypeId, z.enum(['error', 'warning', 'info', 'off']))),
  title: Str(LIMITS.titleLength),
  message: Str(LIMITS.textLength),
  suggestion: z.optional(Str(LIMITS.textLength, 0)),
  replacement: z.optional(Str(LIMITS.textLength, 0)),
  basis: List(CustomBasis, LIMITS.basis, 1),
  unless: z.optional(List(RegexSource, LIMITS.unless)),
  gates: z.optional(CustomGates),
  examples: z.strictObject({
    bad: List(CustomExample, LIMITS.examples, 2),
    good: List(CustomExample, LIMITS.examples, 2),
  }),
  match: CustomMatch,
});
export type CustomRule = z.infer<typeof CustomRule>;

export const RulePack = z.strictObject({
  format: z.literal(RULE_PACK_FORMAT),
  version: z.literal(RULE_PACK_VERSION),
  name: Str(LIMITS.nameLength),
  author: z.optional(Str(LIMITS.nameLength)),
  rules: List(CustomRule, LIMITS.rules, 1),
});
export type RulePack = z.infer<typeof RulePack>;

/** Every regex source of a rule, with its field path (for located errors). */
export function regexSources(rule: CustomRule): { path: (string | number)[]; source: string }[] {
  const out: { path: (string | number)[]; source: string }[] = [];
  if (rule.match.type === 'pattern') rule.match.patterns.forEach((source, i) => out.push({ path: ['match', 'patterns', i], source }));
  rule.unless?.forEach((source, i) => out.push({ path: ['unless', i], source }));
  return out;
}

/** Compiles a regex source the way the engine does (patterns with 'gd', `unless` plain); the error, if any. */
export function compileError(source: string, flags = 'gd'): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
