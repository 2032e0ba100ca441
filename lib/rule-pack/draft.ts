/**
 * The custom-rule form's fields (plain strings, one item a line) and their conversion to and from a rule object.
 * The form only writes phrase and pattern rules; proximity rules come in packs.
 */
import type { Severity } from '../engine/types';
import type { CustomRule } from './schema';

export interface RuleDraft {
  id: string;
  title: string;
  category: string;
  /** '' = the category's default. */
  severity: Severity | '';
  matchType: 'phrase' | 'pattern';
  /** One a line. */
  phrases: string;
  patterns: string;
  anchors: string;
  unless: string;
  /** Context conditions (the engine's gates). */
  prohibition: boolean;
  encouragement: boolean;
  quotation: boolean;
  citation: 'info' | 'suppress' | 'none';
  message: string;
  suggestion: string;
  /** One a line: 《行政许可法》第十七条, or a document such as 国办发〔2018〕37号. */
  basis: string;
  bad: string;
  good: string;
}

export function emptyDraft(id: string, category = ''): RuleDraft {
  return {
    id,
    title: '',
    category,
    severity: '',
    matchType: 'phrase',
    phrases: '',
    patterns: '',
    anchors: '',
    unless: '',
    prohibition: true,
    encouragement: true,
    quotation: true,
    citation: 'info',
    message: '',
    suggestion: '',
    basis: '',
    bad: '',
    good: '',
  };
}

export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** 《行政许可法》第十七条 · 行政许可法 第十七条 · 国办发〔2018〕37号 -> { law, article? } */
export function parseBasisLine(line: string): { law: string; article?: string } {
  const m = /^《([^》]+)》\s*(第.+)?$/.exec(line) ?? /^(.+?法|.+?条例|.+?规定|.+?办法)\s*(第[一二三四五六七八九十百千零〇\d]+条.*)$/.exec(line);
  if (!m) return { law: line };
  return m[2] ? { law: m[1].trim(), article: m[2].trim() } : { law: m[1].trim() };
}

export function formatBasis(b: { law: string; article?: string }): string {
  return `《${b.law}》${b.article ?? ''}`;
}

/** The draft as a raw rule object, for validateRule (which reports what is wrong with it). */
export function draftToRule(d: RuleDraft): Record<string, unknown> {
  const gates: Record<string, unknown> = {};
  if (!d.prohibition) gates.prohibition = false;
  if (!d.encouragement) gates.encouragement = false;
  if (!d.quotation) gates.quotation = false;
  if (d.citation !== 'info') gates.citation = d.citation;
  const unless = lines(d.unless);
  const rule: Record<string, unknown> = {
    id: d.id.trim(),
    category: d.category,
    ...(d.severity ? { severity: d.severity } : {}),
    title: d.title.trim(),
    message: d.message.trim(),
    ...(d.suggestion.trim() ? { suggestion: d.suggestion.trim() } : {}),
    basis: lines(d.basis).map(parseBasisLine),
    ...(unless.length ? { unless } : {}),
    ...(Object.keys(gates).length ? { gates } : {}),
    examples: { bad: lines(d.bad), good: lines(d.good) },
    match:
      d.matchType === 'phrase'
        ? { type: 'phrase', phrases: lines(d.phrases) }
        : { type: 'pattern', patterns: lines(d.patterns), anchors: lines(d.anchors) },
  };
  return rule;
}

const exText = (e: CustomRule['examples']['bad'][number]) => (typeof e === 'string' ? e : e.text);

/** A stored rule back in the form (phrase and pattern rules). */
export function ruleToDraft(r: CustomRule): RuleDraft {
  const d = emptyDraft(r.id, r.category);
  return {
    ...d,
    title: r.title,
    severity: r.severity ?? '',
    matchType: r.match.type === 'pattern' ? 'pattern' : 'phrase',
    phrases: r.match.type === 'phrase' ? r.match.phrases.join('\n') : '',
    patterns: r.match.type === 'pattern' ? r.match.patterns.join('\n') : '',
    anchors: r.match.type === 'pattern' ? r.match.anchors.join('\n') : '',
    unless: (r.unless ?? []).join('\n'),
    prohibition: r.gates?.prohibition !== false,
    encouragement: r.gates?.encouragement !== false,
    quotation: r.gates?.quotation !== false,
    citation: r.gates?.citation ?? 'info',
    message: r.message,
    suggestion: r.suggestion ?? '',
    basis: r.basis.map(formatBasis).join('\n'),
    bad: r.examples.bad.map(exText).join('\n'),
    good: r.examples.good.map(exText).join('\n'),
  };
}

/** Which form field a rule-relative issue path belongs to. */
export function draftField(path: readonly (string | number)[]): keyof RuleDraft | undefined {
  const [a, b] = path;
  if (a === 'match') return b === 'patterns' ? 'patterns' : b === 'anchors' ? 'anchors' : b === 'phrases' ? 'phrases' : undefined;
  if (a === 'examples') return b === 'bad' ? 'bad' : b === 'good' ? 'good' : undefined;
  if (a === 'gates') return undefined;
  const known: (keyof RuleDraft)[] = ['id', 'title', 'category', 'severity', 'message', 'suggestion', 'basis', 'unless'];
  return known.find((k) => k === a);
}

/** The first free id custom-1, custom-2, … */
export function nextCustomId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`custom-${n}`)) return `custom-${n}`;
}
