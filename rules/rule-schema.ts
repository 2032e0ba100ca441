/**
 * The zod schema of a rule. Built-in rules are checked against it by tests/rules.test.ts (so the schema stays out of
 * the engine bundle); `validateRule` checks rules that arrive at run time.
 */
import { z } from 'zod';
import type { ClauseContext, DocContext, LocalHit, DocHit } from '../lib/engine/rule-context';
import { DOC_TYPES } from '../lib/engine/types';

export const SeverityLevel = z.enum(['error', 'warning', 'info']);
export const DocTypeId = z.enum(DOC_TYPES);

export const Basis = z.object({ law: z.string().min(1), article: z.string().optional() }).strict();
export type Basis = z.infer<typeof Basis>;

/** An example: a string, or a string with the document type it is written for (default normative-document). */
export const Example = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), docType: DocTypeId.optional() }).strict(),
]);
export type Example = z.infer<typeof Example>;

/** Rule-local context gates. Defaults: every gate on; a cited basis lowers the finding to info. */
export const Gates = z
  .object({
    /** Suppress when a prohibition (不得/禁止/严禁…) precedes the hit in its clause or in the item's lead-in. */
    prohibition: z.boolean().optional(),
    /** What a cited superior-law basis (依照《X法》…) in the sentence does: lower to info, suppress, or nothing. */
    citation: z.enum(['info', 'suppress', 'none']).optional(),
    /** Suppress when the clause only encourages (鼓励/引导/支持/倡导/自愿…). */
    encouragement: z.boolean().optional(),
    /** Suppress inside a long quotation of other text (“…”). */
    quotation: z.boolean().optional(),
  })
  .strict();
export type Gates = z.infer<typeof Gates>;

const Common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule id must be kebab-case'),
  category: z.string().min(1),
  /** Default severity; falls back to the category's. */
  severity: SeverityLevel.optional(),
  /** Severity (or off) by document type, applied over the default. */
  docTypes: z.partialRecord(DocTypeId, z.union([SeverityLevel, z.literal('off')])).optional(),
  title: z.string().min(1),
  message: z.string().min(1),
  suggestion: z.string().optional(),
  /** Safe replacement text for the matched span (apply-fix); only where a rewrite cannot change the meaning wrongly. */
  replacement: z.string().optional(),
  basis: z.array(Basis).min(1),
  /** Sentence-level regexes: a hit whose sentence matches one is dropped (rule-specific lawful contexts). */
  unless: z.array(z.string()).optional(),
  gates: Gates.optional(),
  examples: z.object({ bad: z.array(Example).min(2), good: z.array(Example).min(2) }).strict(),
};

export const PatternMatch = z
  .object({
    type: z.literal('pattern'),
    /** JS regexes run on each candidate clause; a named group `m` marks the reported span. */
    patterns: z.array(z.string().min(1)).min(1),
    /** Literal words (2+ chars) one of which every match contains: the prefilter's keys. */
    anchors: z.array(z.string().min(2)).min(1),
  })
  .strict();

export const PhraseMatch = z
  .object({ type: z.literal('phrase'), phrases: z.array(z.string().min(2)).min(1) })
  .strict();

export const ProximityMatch = z
  .object({
    type: z.literal('proximity'),
    /** Each group must have a word in the clause; words of consecutive groups within `within` characters. */
    groups: z.array(z.array(z.string().min(1)).min(1)).min(2),
    within: z.number().int().positive(),
    ordered: z.boolean().optional(),
    /** Which group's word is the reported span (default: the whole stretch). */
    report: z.number().int().nonnegative().optional(),
  })
  .strict();

export const DataRule = z.object({
  ...Common,
  match: z.discriminatedUnion('type', [PatternMatch, PhraseMatch, ProximityMatch]),
});

export type ClauseCheck = (c: ClauseContext) => LocalHit[];
export type DocCheck = (d: DocContext) => DocHit[];

export const ClauseRule = z.object({
  ...Common,
  match: z.object({
    type: z.literal('clause'),
    anchors: z.array(z.string().min(1)).min(1),
    check: z.custom<ClauseCheck>((v) => typeof v === 'function'),
  }),
});

export const DocumentRule = z.object({
  ...Common,
  match: z.object({ type: z.literal('document'), check: z.custom<DocCheck>((v) => typeof v === 'function') }),
});

export const Rule = z.union([DataRule, ClauseRule, DocumentRule]);
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;

/** Checks a rule against the schema; a malformed rule throws with its id. */
export function validateRule(rule: unknown): Rule {
  const r = Rule.safeParse(rule);
  if (!r.success) {
    const id = typeof rule === 'object' && rule && 'id' in rule ? String(rule.id) : '?';
    throw new Error(`rule ${id}: ${z.prettifyError(r.error)}`);
  }
  return r.data;
}
