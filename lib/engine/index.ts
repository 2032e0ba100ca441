/**
 * review(text, options) -> { findings, document }: the one public entry of the engine.
 *
 * Pipeline: split into paragraphs (lines) -> per paragraph (cached by its text): normalise, split into clauses,
 * prefilter candidate rules by anchor words, run their matchers, note the context of every hit (prohibition,
 * cited basis, encouragement, quotation) -> per document: metadata, item lead-ins, document-level checks, severity
 * by document type and gates, original offsets, dedupe, sort. An edit re-analyses only the paragraphs it changed.
 */
import { RULES } from '../../rules';
import type { Gates, Rule } from '../../rules/define-rule';
import { compileMatcher, type CompiledMatcher } from '../../rules/matchers';
import { citesBasis, encouragedBefore, hasProhibition, prohibitedBefore, quotationRanges } from './context';
import { detectMeta } from './document';
import { parseDocType } from './doc-types';
import { normalize, toOriginal, type Normalized } from './normalize';
import { buildPrefilter, type Prefilter } from './prefilter';
import type { DocContext, DocParagraph, HitDetails } from './rule-context';
import { paragraphShape, splitClauses, type ParagraphShape } from './segment';
import { CATEGORY_BY_ID } from './taxonomy';
import type { DocumentMeta, Finding, LegalBasis, ReviewOptions, ReviewResult, Severity } from './types';

export type { Finding, ReviewOptions, ReviewResult, DocumentMeta, Severity, DocType, LegalBasis } from './types';
export { DOC_TYPES } from './types';
export { parseDocType, DOC_TYPE_NAMES } from './doc-types';

interface CachedHit {
  rule: number;
  start: number;
  end: number;
  /** The span in the paragraph's original text. */
  rawStart: number;
  rawEnd: number;
  /** The finding's id key and its hash, once computed (when the key lies within the paragraph: rawStart >= 8). */
  key?: string;
  hash?: string;
  prohibited: boolean;
  cited: boolean;
  encouraged: boolean;
  quoted: boolean;
  details?: HitDetails;
}

interface ParaResult {
  norm: Normalized;
  shape: ParagraphShape;
  hits: CachedHit[];
  /** Whether the paragraph can hold dates or validity terms (for metadata detection). */
  dated: boolean;
  /** Whether the paragraph is an item list's lead-in (ends with ：) whose last sentence prohibits. */
  leadProhibits: boolean;
  /** Document rules' per-paragraph memo, by the key's slot (see memoSlot). */
  memo?: unknown[];
}

/** Memo keys get a slot each, so that a paragraph's memo is a small array rather than a map. */
const memoSlots = new Map<string, number>();
// a rule asks for one key paragraph after paragraph: the last key's slot is kept at hand
let lastKey = '';
let lastSlot = -1;
const memoSlot = (key: string) => {
  if (key === lastKey) return lastSlot;
  let slot = memoSlots.get(key);
  if (slot === undefined) memoSlots.set(key, (slot = memoSlots.size));
  lastKey = key;
  lastSlot = slot;
  return slot;
};
/** Stands for a memoised `undefined` (an empty slot is undefined). */
const UNDEFINED = Symbol('undefined');

/** A paragraph as document rules see it; the memo lives in the paragraph's cache entry. */
class DocPara implements DocParagraph {
  constructor(
    readonly text: string,
    readonly shape: ParagraphShape,
    readonly rawStart: number,
    private readonly res: ParaResult,
  ) {}

  memo<T>(key: string, compute: (text: string) => T): T {
    const slot = memoSlot(key);
    let m = this.res.memo;
    if (m === undefined) this.res.memo = m = new Array(memoSlots.size);
    const v = m[slot];
    if (v !== undefined) return (v === UNDEFINED ? undefined : v) as T;
    const r = compute(this.text);
    // a key first seen after this array was made: extend it
    while (m.length < slot) m.push(undefined);
    m[slot] = r === undefined ? UNDEFINED : r;
    return r;
  }
}

const NO_GATES: Gates = {};
/** Scratch clause bounds (starts, ends) by clause count. */
const BOUNDS: [number[], number[]][] = [];
/** The hits of the many paragraphs without any (shared, read-only). */
const NO_HITS: CachedHit[] = Object.freeze([]) as unknown as CachedHit[];
/** Placeholder until a paragraph's result is known. */
const NO_RESULT = {} as ParaResult;

const DATED = /施行|实施|执行|生效|有效|印发|公布|发布/;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const CACHE_LIMIT = 20_000;
const ITEM_START = /^(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.、])/;

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // (h >>> 0).toString(36), without the generic number formatting
  let v = h >>> 0;
  let out = '';
  do {
    out = BASE36[v % 36] + out;
    v = Math.floor(v / 36);
  } while (v > 0);
  return out;
}

export interface Reviewer {
  review(text: string, options?: ReviewOptions): ReviewResult;
  rules: readonly Rule[];
  /** Number of cached paragraphs (for tests and benchmarks). */
  cacheSize(): number;
  clearCache(): void;
}

export function createReviewer(rules: readonly Rule[]): Reviewer {
  const compiled: (CompiledMatcher | undefined)[] = rules.map(compileMatcher);
  const prefilter: Prefilter = buildPrefilter(compiled.map((c) => c?.anchors));
  const unless = rules.map((r) => r.unless?.map((u) => new RegExp(u)));
  const docRules = rules.map((r, i) => (r.match.type === 'document' ? i : -1)).filter((i) => i >= 0);
  let cache = new Map<string, ParaResult>();
  /** The paragraphs of the previous review. */
  let last: { raw: string; res: ParaResult }[] = [];

  function analyse(raw: string): ParaResult {
    const hit = cache.get(raw);
    if (hit) return hit;
    const norm = normalize(raw);
    const text = norm.text;
    const shape = paragraphShape(text);
    let hits = NO_HITS;
    if (text.length > 1) {
      const clauses = splitClauses(text);
      // the prefilter reads the clause bounds during the call only: scratch arrays, one pair per (small) clause count
      const nc = clauses.length;
      if (nc < 64) while (BOUNDS.length <= nc) BOUNDS.push([new Array(BOUNDS.length).fill(0), new Array(BOUNDS.length).fill(0)]);
      const [starts, ends] = nc < 64 ? BOUNDS[nc] : [new Array<number>(nc), new Array<number>(nc)];
      for (let ci = 0; ci < nc; ci++) {
        starts[ci] = clauses[ci].start;
        ends[ci] = clauses[ci].end;
      }
      const candidates = prefilter.candidates(text, starts, ends);
      let quotes: [number, number][] | undefined;
      // the clauses of one sentence share its text
      let sentence = '';
      let sentenceAt = -1;
      for (let ci = 0; ci < clauses.length; ci++) {
        const list = candidates[ci];
        if (!list.length) continue;
        const c = clauses[ci];
        const clauseText = text.slice(c.start, c.end);
        if (c.sentenceStart !== sentenceAt) {
          sentence = text.slice(c.sentenceStart, c.sentenceEnd);
          sentenceAt = c.sentenceStart;
        }
        const ctx = { text: clauseText, sentence, offsetInSentence: c.start - c.sentenceStart, paragraph: text };
        let cited: boolean | undefined;
        for (const r of list) {
          const m = compiled[r];
          if (!m) continue;
          let local;
          try {
            local = m.run(ctx);
          } catch {
            continue; // a failing custom check never breaks the review
          }
          if (!local.length) continue;
          if (unless[r]?.some((u) => u.test(sentence))) continue;
          cited ??= citesBasis(sentence);
          quotes ??= quotationRanges(text);
          for (const h of local) {
            const start = c.start + h.start;
            const end = c.start + h.end;
            const inSentence = start - c.sentenceStart;
            // an item list's lead-in in the same sentence (不得有下列行为：（一）…；（二）…)
            const colon = sentence.lastIndexOf('：', inSentence);
            const leadProhibits = colon > 0 && ITEM_START.test(sentence.slice(colon + 1)) && hasProhibition(sentence.slice(0, colon));
            const o = toOriginal(norm, start, end);
            if (hits === NO_HITS) hits = [];
            hits.push({
              rule: r,
              start,
              end,
              rawStart: o.start,
              rawEnd: o.end,
              key: undefined,
              hash: undefined,
              prohibited: prohibitedBefore(clauseText, h.start) || leadProhibits,
              cited,
              encouraged: encouragedBefore(clauseText, h.start),
              quoted: quotes.some(([qs, qe]) => start >= qs && end <= qe),
              details: h.message || h.suggestion || h.basis || h.severity || h.replacement ? h : undefined,
            });
          }
        }
      }
    }
    // the lead-in of an item list: its prohibition covers the items that follow
    const leadProhibits = text.charCodeAt(text.length - 1) === 0xff1a && hasProhibition(text.slice(Math.max(0, text.lastIndexOf('。') + 1)));
    const result: ParaResult = { norm, shape, hits, dated: DATED.test(text), leadProhibits, memo: undefined };
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(raw, result);
    return result;
  }

  function review(text: string, options: ReviewOptions = {}): ReviewResult {
    const disabled = new Set(options.disabledRules ?? []);
    const disabledCats = new Set(options.disabledCategories ?? []);
    // paragraphs = lines; a trailing \r belongs to the line break
    const paras: { raw: string; start: number; res: ParaResult }[] = [];
    for (let start = 0; start <= text.length; ) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = text.length;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      paras.push({ raw: text.slice(start, end), start, res: NO_RESULT });
      start = nl + 1;
    }
    // an edit leaves most paragraphs where they were: those equal to the previous review's paragraph at the same place
    // (from the start, then from the end) are taken over without hashing them for the cache
    const n = paras.length;
    const pn = last.length;
    let head = 0;
    while (head < n && head < pn && paras[head].raw === last[head].raw) {
      paras[head].res = last[head].res;
      head++;
    }
    let tail = n;
    for (let j = pn; tail > head && j > head && paras[tail - 1].raw === last[j - 1].raw; tail--, j--) paras[tail - 1].res = last[j - 1].res;
    for (let i = head; i < tail; i++) paras[i].res = analyse(paras[i].raw);
    last = paras;

    const detected = detectMeta(
      paras.map((p) => p.res.norm.text),
      paras.map((p) => p.res.dated),
    );
    const callerType = options.docType ? parseDocType(options.docType) : undefined;
    const docType = callerType ?? options.meta?.docType ?? detected.docType ?? 'normative-document';
    const meta: DocumentMeta = {
      ...detected,
      ...stripUndefined(options.meta ?? {}),
      docType,
      docTypeSource: callerType || options.meta?.docType ? 'caller' : detected.docType ? 'detected' : 'default',
      articleCount: 0,
    };
    for (const k of ['issuerKind', 'issuerLevel'] as const) if (options.meta?.issuer && !options.meta[k]) delete meta[k];

    const out: Finding[] = [];
    const counts = new Map<string, number>();
    const articleAt: (string | undefined)[] = [];
    let article: string | undefined;
    let leadProhibits = false;
    const resolveSeverity = (ri: number, det: HitDetails | undefined): Severity | undefined => {
      const rule = rules[ri];
      if (disabled.has(rule.id) || disabledCats.has(rule.category)) return undefined;
      let sev: Severity = det?.severity ?? rule.severity ?? CATEGORY_BY_ID.get(rule.category)?.defaultSeverity ?? 'warning';
      const byType = rule.docTypes?.[docType];
      if (byType === 'off') return undefined;
      if (byType && !det?.severity) sev = byType;
      const o = options.severityOverrides?.[rule.id];
      if (o === 'off') return undefined;
      if (o) sev = o;
      return sev;
    };
    const emit = (
      ri: number,
      start: number,
      end: number,
      sev: Severity,
      det: HitDetails | undefined,
      art: string | undefined,
      cached?: CachedHit,
    ) => {
      const rule = rules[ri];
      if (end <= start) return;
      const quote = text.slice(start, end);
      // the id key (rule, quote, 8 characters before): kept with a paragraph's hit when it lies within the paragraph
      let key: string;
      let hash: string;
      if (cached && cached.rawStart >= 8) {
        key = cached.key ??= `${rule.id}|${quote}|${text.slice(start - 8, start)}`;
        hash = cached.hash ??= fnv1a(key);
      } else {
        key = `${rule.id}|${quote}|${text.slice(Math.max(0, start - 8), start)}`;
        hash = fnv1a(key);
      }
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      const basis: LegalBasis[] = (det?.basis ?? rule.basis).map((b) => {
        const t = b.article ? options.lawText?.(b.law, b.article) : undefined;
        return t ? { ...b, text: t } : { ...b };
      });
      const f: Finding = {
        id: `${rule.id}-${hash}${n > 1 ? `-${n}` : ''}`,
        ruleId: rule.id,
        category: rule.category,
        severity: sev,
        start,
        end,
        quote,
        message: det?.message ?? rule.message,
        basis,
      };
      const suggestion = det?.suggestion ?? rule.suggestion;
      if (suggestion) f.suggestion = suggestion;
      const replacement = det?.replacement ?? rule.replacement;
      if (replacement !== undefined) f.replacement = replacement;
      if (art) f.article = art;
      out.push(f);
    };

    for (let pi = 0; pi < paras.length; pi++) {
      const { res, start: base } = paras[pi];
      if (res.shape.article) {
        article = res.shape.article.label;
        meta.articleCount++;
        leadProhibits = false;
      } else if (res.shape.chapter) article = undefined;
      articleAt.push(article);
      const isItem = res.shape.item && !res.shape.article;
      const gatedByLead = isItem && leadProhibits;
      for (const h of res.hits) {
        let sev = resolveSeverity(h.rule, h.details);
        if (!sev) continue;
        const g = rules[h.rule].gates ?? NO_GATES;
        if (g.prohibition !== false && (h.prohibited || gatedByLead)) continue;
        if (g.encouragement !== false && h.encouraged) continue;
        if (g.quotation !== false && h.quoted) continue;
        if (h.cited && (g.citation ?? 'info') !== 'none') {
          if (g.citation === 'suppress') continue;
          sev = 'info';
        }
        emit(h.rule, base + h.rawStart, base + h.rawEnd, sev, h.details, article, h);
      }
      if (!isItem && res.norm.text.length) leadProhibits = res.leadProhibits;
    }

    if (docRules.length) {
      const annotations: { start: number; end: number }[] = [];
      const docParas: DocParagraph[] = new Array(paras.length);
      let converted = false;
      for (let i = 0; i < paras.length; i++) {
        const p = paras[i];
        const norm = p.res.norm;
        const anns = norm.annotations;
        for (let j = 0; j < anns.length; j++) annotations.push({ start: p.start + anns[j].start, end: p.start + anns[j].end });
        if (norm.converted) converted = true;
        docParas[i] = new DocPara(norm.text, p.res.shape, p.start, p.res);
      }
      const ctx: DocContext = {
        raw: text,
        paragraphs: docParas,
        meta,
        annotations,
        converted,
      };
      for (const ri of docRules) {
        const m = rules[ri].match;
        if (m.type !== 'document') continue;
        let hits;
        try {
          hits = m.check(ctx);
        } catch {
          continue;
        }
        for (const h of hits) {
          const sev = resolveSeverity(ri, h);
          if (!sev) continue;
          const p = paras[h.para];
          if (!p) continue;
          if (h.raw) emit(ri, h.start, h.end, sev, h, articleAt[h.para]);
          else {
            const o = toOriginal(p.res.norm, h.start, h.end);
            emit(ri, p.start + o.start, p.start + o.end, sev, h, articleAt[h.para]);
          }
        }
      }
    }

    const findings = dedupe(out).filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[options.minSeverity ?? 'info']);
    findings.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end);
    return { findings, document: meta };
  }

  return {
    review,
    rules,
    cacheSize: () => cache.size,
    clearCache: () => {
      cache = new Map();
      last = [];
    },
  };
}

/**
 * Within one category, overlapping findings collapse to the most severe (then the longest). Sweep over the findings
 * sorted by start: each is compared only with the kept findings that still overlap it, so the cost stays linear.
 */
function dedupe(findings: Finding[]): Finding[] {
  const better = (a: Finding, b: Finding) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.end - a.start - (b.end - b.start) || b.start - a.start;
  const byCat = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCat.get(f.category);
    if (list) list.push(f);
    else byCat.set(f.category, [f]);
  }
  const kept: Finding[] = [];
  for (const list of byCat.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    // clusters of transitively overlapping findings; within a cluster keep the best, then any that do not overlap it
    let i = 0;
    while (i < list.length) {
      let j = i + 1;
      let end = list[i].end;
      while (j < list.length && list[j].start < end) end = Math.max(end, list[j++].end);
      if (j === i + 1) kept.push(list[i]);
      else {
        const cluster = list.slice(i, j).sort((a, b) => better(b, a));
        const chosen: Finding[] = [];
        for (const f of cluster) if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
        kept.push(...chosen);
      }
      i = j;
    }
  }
  return kept;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

let defaultReviewer: Reviewer | undefined;
const packReviewers = new WeakMap<readonly Rule[], Reviewer>();

export function getReviewer(extraRules?: readonly Rule[]): Reviewer {
  if (extraRules?.length) {
    let r = packReviewers.get(extraRules);
    if (!r) packReviewers.set(extraRules, (r = createReviewer([...RULES, ...extraRules])));
    return r;
  }
  return (defaultReviewer ??= createReviewer(RULES));
}

/** Reviews a draft with the built-in library (plus options.extraRules). */
export function review(text: string, options: ReviewOptions = {}): ReviewResult {
  return getReviewer(options.extraRules).review(text, options);
}
