/**
 * Validates a rule pack (or one custom rule from the form) before anything is stored: JSON, the strict versioned
 * schema, ids, every regex (compiles, safe-regex2 star height, a timed run on adversarial inputs) and the rule's own
 * examples. Each problem is a PackIssue located by rule index, rule id and field path; ./messages.ts words it.
 * Extension pages only (it reads a clock).
 */
import { createReviewer } from '../engine';
import type { Rule } from '../../rules/define-rule';
import { unmark } from './examples';
import { flagsFor, staticRegexProblem } from './regex-check';
import { CustomRule, RULE_PACK_FORMAT, RULE_PACK_VERSION, RulePack, regexSources } from './schema';
import { timeRegex } from './timing';

export type PathSegment = string | number;

export type PackIssue =
  | { kind: 'json'; path: PathSegment[]; detail: string }
  | { kind: 'format'; path: PathSegment[] }
  | { kind: 'version'; path: PathSegment[]; found: string }
  | {
      kind: 'schema';
      path: PathSegment[];
      /** zod's issue code, or 'missing' for a required field that is not there. */
      code: string;
      origin?: string;
      expected?: string;
      minimum?: number;
      maximum?: number;
      keys?: string[];
      options?: string[];
    }
  | { kind: 'duplicate-id' | 'builtin-id'; path: PathSegment[] }
  | { kind: 'installed-id'; path: PathSegment[]; pack: string }
  | { kind: 'regex-compile'; path: PathSegment[]; detail: string }
  | { kind: 'regex-unsafe'; path: PathSegment[] }
  | { kind: 'regex-slow'; path: PathSegment[]; input: string; length: number; ms: number }
  | { kind: 'example-missed'; path: PathSegment[]; marked?: string }
  | { kind: 'example-fired'; path: PathSegment[]; quotes: string[] };

/** Where an issue sits: the rule (index in the pack and id, when the path is inside one) and the field path. */
export interface IssueLocation {
  ruleIndex?: number;
  ruleId?: string;
  field: string;
}

export interface ValidateOptions {
  /** Ids of the built-in rules (a custom rule may not reuse one). */
  builtinIds: ReadonlySet<string>;
  /** Ids already used by other installed packs -> that pack's name. */
  installedIds?: ReadonlyMap<string, string>;
  /** The clock for the timed regex run (performance.now in the options page). */
  now: () => number;
  budgetMs?: number;
}

export type PackResult = { ok: true; pack: RulePack } | { ok: false; issues: PackIssue[] };
export type RuleResult = { ok: true; rule: CustomRule } | { ok: false; issues: PackIssue[] };

/** `rules[2].match.patterns[0]` */
export function fieldPath(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(root)';
}

export function locate(issue: PackIssue, raw: unknown): IssueLocation {
  const [head, index] = issue.path;
  if (head === 'rules' && typeof index === 'number') {
    const rules = isObject(raw) && Array.isArray(raw.rules) ? raw.rules : [];
    const rule: unknown = rules[index];
    const id = isObject(rule) && typeof rule.id === 'string' ? rule.id : undefined;
    return { ruleIndex: index, ...(id ? { ruleId: id } : {}), field: fieldPath(issue.path) };
  }
  return { field: fieldPath(issue.path) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type ZodIssueLike = {
  code: string;
  path: PropertyKey[];
  origin?: unknown;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  keys?: unknown;
  values?: unknown;
  options?: unknown;
  errors?: unknown;
};

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PathSegment, unknown>)[p];
  }
  return v;
}

function schemaIssues(issues: readonly ZodIssueLike[], root: unknown, prefix: PathSegment[] = []): PackIssue[] {
  const out: PackIssue[] = [];
  for (const i of issues) {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    // a union of a string and an object (examples): report the branch that got furthest
    if (i.code === 'invalid_union' && Array.isArray(i.errors) && i.errors.length) {
      const branches = i.errors as ZodIssueLike[][];
      const best = branches.reduce((a, b) => (maxDepth(b) > maxDepth(a) ? b : a));
      if (maxDepth(best) > 0) {
        out.push(...schemaIssues(best, root, path));
        continue;
      }
    }
    const num = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined);
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
    const missing = i.code === 'invalid_type' && valueAt(root, path) === undefined;
    out.push({
      kind: 'schema',
      path,
      code: missing ? 'missing' : i.code,
      ...(typeof i.origin === 'string' ? { origin: i.origin } : {}),
      ...(typeof i.expected === 'string' ? { expected: i.expected } : {}),
      ...(num(i.minimum) !== undefined ? { minimum: num(i.minimum) } : {}),
      ...(num(i.maximum) !== undefined ? { maximum: num(i.maximum) } : {}),
      ...(list(i.keys) ? { keys: list(i.keys) } : {}),
      ...(list(i.values) ?? list(i.options) ? { options: list(i.values) ?? list(i.options) } : {}),
    });
  }
  // zod runs a list's length check even on a value of the wrong type: the type error alone says it
  const typed = new Set(out.filter((i) => i.kind === 'schema' && (i.code === 'invalid_type' || i.code === 'missing')).map((i) => fieldPath(i.path)));
  return out.filter((i) => i.kind !== 'schema' || i.code === 'invalid_type' || i.code === 'missing' || !typed.has(fieldPath(i.path)));
}

const maxDepth = (issues: readonly ZodIssueLike[]) => Math.max(0, ...issues.map((i) => i.path.length));

/** Parses the text of a .json file; a syntax error is an issue, not an exception. */
export function parsePackText(text: string): { ok: true; value: unknown } | { ok: false; issues: PackIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, issues: [{ kind: 'json', path: [], detail: e instanceof Error ? e.message : String(e) }] };
  }
}

/** Every check of one rule that does not need the schema to fail first: ids aside, its regexes and examples. */
function ruleChecks(rule: CustomRule, prefix: PathSegment[], opts: ValidateOptions): PackIssue[] {
  const issues: PackIssue[] = [];
  for (const { path, source } of regexSources(rule)) {
    const at = [...prefix, ...path];
    const flags = flagsFor(path);
    const problem = staticRegexProblem(source, flags);
    if (problem) {
      issues.push({ ...problem, path: at });
      continue;
    }
    const t = timeRegex(source, { now: opts.now, budgetMs: opts.budgetMs, flags: flags.includes('g') ? flags : `${flags}g` });
    if (!t.ok && t.slow) issues.push({ kind: 'regex-slow', path: at, input: t.slow.label, length: t.slow.length, ms: Math.round(t.slow.ms) });
  }
  if (issues.length) return issues; // examples only mean something once every regex is sound
  return exampleIssues(rule, prefix);
}

export interface ExampleOutcome {
  kind: 'bad' | 'good';
  index: number;
  text: string;
  ok: boolean;
  /** What the rule found in this example. */
  quotes: string[];
  /** Marked spans the rule missed (bad examples). */
  missed: string[];
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Runs the rule alone on its examples (alone, so a built-in rule of the same category cannot hide it in the
 * engine's dedupe): every bad example must fire (on each [[marked]] span, when marked); a good look-alike must stay
 * quiet above info (an info-level rule must stay quiet altogether) — the rules of tests/rules.test.ts.
 */
export function runExamples(rule: CustomRule): ExampleOutcome[] {
  const asRule: Rule = rule;
  const reviewer = createReviewer([asRule]);
  const infoRule = rule.severity === 'info';
  const out: ExampleOutcome[] = [];
  for (const kind of ['bad', 'good'] as const) {
    rule.examples[kind].forEach((ex, index) => {
      const raw = typeof ex === 'string' ? ex : ex.text;
      const docType = typeof ex === 'string' ? 'normative-document' : (ex.docType ?? 'normative-document');
      const { text, spans } = unmark(raw);
      const found = reviewer.review(text, { docType }).findings.filter((f) => f.ruleId === rule.id);
      if (kind === 'bad') {
        const missed = spans.filter(([s, e]) => !found.some((f) => f.start < e && s < f.end)).map(([s, e]) => text.slice(s, e));
        const ok = found.length > 0 && missed.length === 0;
        out.push({ kind, index, text, ok, quotes: found.map((f) => f.quote), missed });
      } else {
        const loud = found.filter((f) => infoRule || RANK[f.severity] > RANK.info);
        out.push({ kind, index, text, ok: loud.length === 0 && !spans.length, quotes: loud.map((f) => f.quote), missed: [] });
      }
    });
  }
  return out;
}

function exampleIssues(rule: CustomRule, prefix: PathSegment[]): PackIssue[] {
  return runExamples(rule)
    .filter((o) => !o.ok)
    .map((o): PackIssue => {
      const path = [...prefix, 'examples', o.kind, o.index];
      return o.kind === 'bad' ? { kind: 'example-missed', path, ...(o.missed[0] ? { marked: o.missed[0] } : {}) } : { kind: 'example-fired', path, quotes: o.quotes };
    });
}

function idIssues(id: string, path: PathSegment[], opts: ValidateOptions): PackIssue[] {
  if (opts.builtinIds.has(id)) return [{ kind: 'builtin-id', path }];
  const pack = opts.installedIds?.get(id);
  return pack !== undefined ? [{ kind: 'installed-id', path, pack }] : [];
}

/** Validates a parsed pack file. Nothing is stored here; the caller stores the pack only when ok. */
export function validatePack(raw: unknown, opts: ValidateOptions): PackResult {
  if (!isObject(raw) || raw.format !== RULE_PACK_FORMAT) return { ok: false, issues: [{ kind: 'format', path: ['format'] }] };
  if (raw.version !== RULE_PACK_VERSION) return { ok: false, issues: [{ kind: 'version', path: ['version'], found: JSON.stringify(raw.version) ?? 'undefined' }] };
  const parsed = RulePack.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error.issues, raw) };
  const pack = parsed.data;
  const issues: PackIssue[] = [];
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    const at: PathSegment[] = ['rules', i];
    if (seen.has(rule.id)) issues.push({ kind: 'duplicate-id', path: [...at, 'id'] });
    seen.add(rule.id);
    issues.push(...idIssues(rule.id, [...at, 'id'], opts));
    issues.push(...ruleChecks(rule, at, opts));
  });
  return issues.length ? { ok: false, issues } : { ok: true, pack };
}

/** Validates one rule (the custom-rule form); paths are relative to the rule. */
export function validateRule(raw: unknown, opts: ValidateOptions): RuleResult {
  const parsed = CustomRule.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error.issues, raw) };
  const rule = parsed.data;
  const issues = [...idIssues(rule.id, ['id'], opts), ...ruleChecks(rule, [], opts)];
  return issues.length ? { ok: false, issues } : { ok: true, rule };
}
