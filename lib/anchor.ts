/**
 * W3C Web Annotation selectors for a span of a draft's plain text, and re-anchoring them in a changed text.
 * Pure: text in, offsets out (UTF-16, half-open, into the text given).
 *
 * describe(text, start, end) → [TextQuoteSelector, TextPositionSelector] (exact + 32-unit prefix/suffix).
 * anchor(text, selectors) tries, like the Hypothesis client (src/annotator/anchoring/{html,match-quote}.ts):
 *   1. position: the stored offsets, if the text there is still the exact quote;
 *   2. exact: every occurrence of the quote, best by prefix/suffix/position score;
 *   3. fuzzy: approx-string-match with up to min(256, |quote|/2) errors, scored
 *      50·quote + 20·prefix + 20·suffix + 2·position (normalised to 0..1).
 * A fuzzy match must reach MIN_QUOTE_SCORE on the quote and MIN_SCORE overall, or the selector is an orphan (null).
 */
import search from 'approx-string-match';

export const CONTEXT_LENGTH = 32;
/** Below these, a fuzzy candidate is more likely another passage than the edited quote. */
export const MIN_QUOTE_SCORE = 0.6;
export const MIN_SCORE = 0.65;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorMatch {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for position and unique exact matches; the normalised Hypothesis score otherwise. */
  score: number;
}

export function quoteSelector(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelector(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** Selectors for text.slice(start, end). Throws on an empty or out-of-range span. */
export function describe(text: string, start: number, end: number, context = CONTEXT_LENGTH): [TextQuoteSelector, TextPositionSelector] {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length))
    throw new RangeError(`bad span ${start}-${end} for a text of ${text.length}`);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** 1 − edit distance / length of `str` against the best alignment within `text` (0 when either is empty). */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  if (matches.length === 0) return 0;
  return 1 - Math.min(...matches.map((m) => m.errors)) / str.length;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function scoreCandidate(text: string, quote: TextQuoteSelector, hint: number | undefined, m: Candidate) {
  const quoteScore = 1 - m.errors / quote.exact.length;
  const prefixScore = quote.prefix
    ? textMatchScore(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix)
    : 1;
  const suffixScore = quote.suffix ? textMatchScore(text.slice(m.end, m.end + quote.suffix.length), quote.suffix) : 1;
  const posScore = hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(m.start - hint) / text.length;
  const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  return { quoteScore, score };
}

function exactOccurrences(text: string, exact: string, limit = 1000): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1 && out.length < limit; i = text.indexOf(exact, i + 1))
    out.push({ start: i, end: i + exact.length, errors: 0 });
  return out;
}

/** Where the selectors point in `text` now, or null (an orphan). */
export function anchor(text: string, selectors: readonly Selector[]): AnchorMatch | null {
  const quote = quoteSelector(selectors);
  const pos = positionSelector(selectors);
  if (!quote || quote.exact.length === 0) {
    // a position alone cannot be verified; it anchors only if it still fits the text
    if (pos && pos.end > pos.start && pos.end <= text.length) return { start: pos.start, end: pos.end, method: 'position', score: 1 };
    return null;
  }
  if (pos && text.slice(pos.start, pos.end) === quote.exact)
    return { start: pos.start, end: pos.end, method: 'position', score: 1 };

  const hint = pos?.start;
  const exact = exactOccurrences(text, quote.exact);
  if (exact.length === 1) return { start: exact[0]!.start, end: exact[0]!.end, method: 'exact', score: 1 };
  if (exact.length > 1) {
    const best = exact
      .map((m) => ({ m, s: scoreCandidate(text, quote, hint, m).score }))
      .sort((a, b) => b.s - a.s || a.m.start - b.m.start)[0]!;
    return { start: best.m.start, end: best.m.end, method: 'exact', score: best.s };
  }

  const maxErrors = Math.floor(Math.min(256, quote.exact.length / 2));
  if (maxErrors < 1) return null;
  const matches = search(text, quote.exact, maxErrors);
  let best: { m: Candidate; quoteScore: number; score: number } | undefined;
  for (const m of matches) {
    const s = scoreCandidate(text, quote, hint, m);
    if (!best || s.score > best.score) best = { m, ...s };
  }
  if (!best || best.quoteScore < MIN_QUOTE_SCORE || best.score < MIN_SCORE) return null;
  return { start: best.m.start, end: best.m.end, method: 'fuzzy', score: best.score };
}

export interface ReanchorInput<T> {
  item: T;
  selectors: readonly Selector[];
}

export interface Reanchored<T> {
  item: T;
  match: AnchorMatch | null;
  /** Fresh selectors describing the matched span in the new text; undefined for an orphan. */
  selectors?: [TextQuoteSelector, TextPositionSelector];
}

/** Re-anchors many selectors in one text. Orphans come back with match null — never dropped. */
export function reanchorAll<T>(text: string, inputs: readonly ReanchorInput<T>[]): Reanchored<T>[] {
  return inputs.map(({ item, selectors }) => {
    const match = anchor(text, selectors);
    return match ? { item, match, selectors: describe(text, match.start, match.end) } : { item, match: null };
  });
}
