/**
 * The statute catalogue: which laws the project knows, which of their articles exist, and which acts (or versions)
 * are repealed, replaced or renumbered. Pure and small (data/laws/catalog.json, built by scripts/build-laws.ts), so
 * the content script and the rules can use it; the full texts are in lib/laws/articles.ts.
 */
import catalogData from '../../data/laws/catalog.json';
import { cnToNumber, numberToCn } from '../engine/segment';

export type LawKind = '法律' | '行政法规' | '部门规章' | '司法解释' | '党内法规' | '规范性文件' | string;

export interface LawEntry {
  /** Short name as cited (中华人民共和国 removed). */
  name: string;
  fullName: string;
  aliases: string[];
  kind: LawKind;
  /** Date of the text the catalogue holds (YYYY-MM-DD). */
  version: string;
  effective?: string;
  /** "superseded": the text held is no longer in force and the newer one is missing; do not judge its article numbers. */
  status?: 'superseded';
}

export interface RepealedEntry {
  name: string;
  status: 'repealed' | 'replaced' | 'renumbered';
  /** The superseded version, when one version of a still-living act is meant. */
  version?: string;
  /** Last day in force. */
  effectiveUntil: string;
  replacedBy?: string;
  replacedByVersion?: string;
  /** Old article label -> new label (only numbers that changed), e.g. 第八十二条 -> 第九十三条. */
  articleMap?: Map<string, string>;
  /** The provision that repealed the act, when the source quotes it (e.g. 民法典 第一千二百六十条). */
  repealedBy?: { law: string; article: string };
  verified: boolean;
}

/** A reference to a provision: 第十六条第四款第（二）项, 第十条之一. */
export interface ArticleRef {
  n: number;
  sub?: number;
  /** 款 (1-based). */
  para?: number;
  /** 项 (1-based). */
  item?: number;
}

interface RawLaw {
  name: string;
  fullName: string;
  aliases?: string[];
  kind: string;
  version: string;
  effective?: string;
  status?: string;
  articles: string;
  shape: string;
}

interface RawRepealed {
  name: string;
  status: string;
  version?: string;
  effectiveUntil: string;
  replacedBy?: string;
  replacedByVersion?: string;
  articleMap?: string;
  by?: string;
  verified?: boolean;
}

interface Indexed {
  entry: LawEntry;
  /** article key ("17", "10.1") -> index into shape */
  articles: Map<string, number>;
  shape: string;
  maxN: number;
}

const RAW = catalogData as { source: string; laws: RawLaw[]; repealed: RawRepealed[] };

export const CATALOG_SOURCE: string = RAW.source;

/** Label of an article key: "10.1" -> 第十条之一, "82" -> 第八十二条. */
export function keyToLabel(key: string): string {
  const [n, sub] = key.split('.');
  return `第${numberToCn(Number(n))}条${sub ? `之${numberToCn(Number(sub))}` : ''}`;
}

export function refKey(ref: Pick<ArticleRef, 'n' | 'sub'>): string {
  return ref.sub ? `${ref.n}.${ref.sub}` : String(ref.n);
}

export function articleLabel(ref: ArticleRef): string {
  let s = keyToLabel(refKey(ref));
  if (ref.para) s += `第${numberToCn(ref.para)}款`;
  if (ref.item) s += `第（${numberToCn(ref.item)}）项`;
  return s;
}

const NUM = '[零〇一二三四五六七八九十百千两\\d]+';
const REF = new RegExp(`^第(${NUM})条(?:之(${NUM}))?(?:第(${NUM})款)?(?:第[（(]?(${NUM})[）)]?项)?`);

/** Parses 第十七条 / 第十六条第四款 / 第十二条第（一）项 / 第10条之一 (a prefix of the string). */
export function parseArticleRef(s: string): (ArticleRef & { length: number }) | undefined {
  const m = REF.exec(s.trim());
  if (!m) return undefined;
  const n = cnToNumber(m[1]);
  if (!(n > 0)) return undefined;
  const ref: ArticleRef & { length: number } = { n, length: m[0].length };
  const num = (x: string | undefined) => (x ? cnToNumber(x) : NaN);
  if (num(m[2]) > 0) ref.sub = num(m[2]);
  if (num(m[3]) > 0) ref.para = num(m[3]);
  if (num(m[4]) > 0) ref.item = num(m[4]);
  return ref;
}

/**
 * Lookup key of a law name: without 《》〈〉 quotes, spaces and 中华人民共和国, half-width brackets made full-width.
 * 《中华人民共和国行政许可法》 and 行政许可法 give the same key.
 */
export function lawKey(name: string): string {
  return name
    .replace(/[\s《》〈〉<>“”"「」]/g, '')
    .replace(/中华人民共和国/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const YEAR_NOTE = /[（(]([^（）()]*?([12一二][\d〇零Ｏ一二三四五六七八九]{3})\s*年?[^（）()]*)[）)]$/;

/**
 * Splits a cited title into the name and a stated version: 行政许可法（2019年修正） -> { name: 行政许可法, year: 2019 }.
 * `after` is an optional bracket that followed the closing 》 (《行政许可法》（2019年修正）).
 */
export function parseCitedName(cited: string, after?: string): { name: string; year?: number; note?: string } {
  let name = cited.trim().replace(/^《|》$/g, '');
  let note: string | undefined;
  const m = YEAR_NOTE.exec(name);
  if (m && /\d{4}|[〇零一二三四五六七八九]{4}/.test(m[1]) && /年|修正|修订|版|通过|公布|施行|\d{4}\s*[）)]?$/.test(m[0])) {
    note = m[1];
    name = name.slice(0, m.index);
  } else if (after) {
    const a = YEAR_NOTE.exec(after.trim());
    if (a && a.index === 0) note = a[1];
  }
  let year: number | undefined;
  if (note) {
    // the latest year named in the note (（1996年通过，2021年修订） -> 2021)
    const years = [...note.matchAll(/([12一二][\d〇零Ｏ一二三四五六七八九]{3})(?=\s*年|\s*修|\s*版|\s*$)/g)].map((x) =>
      Number(x[1].replace(/./g, (c) => CN_DIGIT[c] ?? c)),
    );
    const valid = years.filter((y) => y >= 1949 && y <= 2100);
    if (valid.length) year = Math.max(...valid);
  }
  return { name, ...(year ? { year } : {}), ...(note ? { note } : {}) };
}

function decodeArticles(s: string): string[] {
  const out: string[] = [];
  for (const tok of s.split(',')) {
    if (!tok) continue;
    const r = /^(\d+)-(\d+)$/.exec(tok);
    if (r) for (let n = Number(r[1]); n <= Number(r[2]); n++) out.push(String(n));
    else out.push(tok);
  }
  return out;
}

let index: { laws: Map<string, Indexed>; repealed: Map<string, RepealedEntry[]>; all: Indexed[]; rep: RepealedEntry[] } | undefined;

function build() {
  if (index) return index;
  const laws = new Map<string, Indexed>();
  const all: Indexed[] = [];
  for (const l of RAW.laws) {
    const keys = decodeArticles(l.articles);
    const entry: LawEntry = {
      name: l.name,
      fullName: l.fullName,
      aliases: l.aliases ?? [],
      kind: l.kind,
      version: l.version,
      ...(l.effective ? { effective: l.effective } : {}),
      ...(l.status === 'superseded' ? { status: 'superseded' as const } : {}),
    };
    const ix: Indexed = {
      entry,
      articles: new Map(keys.map((k, i) => [k, i])),
      shape: l.shape,
      maxN: keys.reduce((m, k) => Math.max(m, Number(k.split('.')[0])), 0),
    };
    all.push(ix);
    for (const n of [l.name, l.fullName, ...(l.aliases ?? [])]) {
      const k = lawKey(n);
      if (!laws.has(k)) laws.set(k, ix);
    }
  }
  const repealed = new Map<string, RepealedEntry[]>();
  const rep: RepealedEntry[] = [];
  for (const r of RAW.repealed) {
    const e: RepealedEntry = {
      name: r.name,
      status: r.status === 'repealed' || r.status === 'replaced' ? r.status : 'renumbered',
      ...(r.version ? { version: r.version } : {}),
      effectiveUntil: r.effectiveUntil,
      ...(r.replacedBy ? { replacedBy: r.replacedBy } : {}),
      ...(r.replacedByVersion ? { replacedByVersion: r.replacedByVersion } : {}),
      verified: r.verified !== false,
    };
    if (r.by) {
      const [law, article] = r.by.split(' ');
      e.repealedBy = { law, article };
    }
    if (r.articleMap) {
      e.articleMap = new Map(
        r.articleMap.split(',').map((p) => {
          const [o, n] = p.split('>');
          return [keyToLabel(o), keyToLabel(n)] as [string, string];
        }),
      );
    }
    rep.push(e);
    const k = lawKey(r.name);
    const list = repealed.get(k) ?? [];
    list.push(e);
    repealed.set(k, list);
  }
  index = { laws, repealed, all, rep };
  return index;
}

/** All laws whose text the catalogue holds. */
export function allLaws(): LawEntry[] {
  return build().all.map((x) => x.entry);
}

/** All repeal / replacement / renumbering records. */
export function allRepealed(): RepealedEntry[] {
  return build().rep;
}

/** Resolves a cited name (《中华人民共和国行政许可法》, 行政许可法, an alias, with or without a year note) to a law. */
export function findLaw(cited: string): LawEntry | undefined {
  return build().laws.get(lawKey(parseCitedName(cited).name))?.entry;
}

/** Repeal / replacement / renumbering records of an act (every version). */
export function findRepealed(cited: string): RepealedEntry[] {
  return build().repealed.get(lawKey(parseCitedName(cited).name)) ?? [];
}

/** Whether the catalogue knows the name at all (as a law text or a repeal record). */
export function isKnownLaw(cited: string): boolean {
  const k = lawKey(parseCitedName(cited).name);
  const b = build();
  return b.laws.has(k) || b.repealed.has(k);
}

export type ArticleCheck = { exists: true } | { exists: false; missing: 'article' | 'paragraph' | 'item'; count: number };

/**
 * Whether 第N条(第M款)(第（K）项) exists in the catalogue's text of the law. `undefined` when the law is unknown or its
 * text is superseded (no judgement possible). 款 and 项 counts come from the source's line breaks, so they are upper
 * bounds: a missing 款/项 is certain, an existing one is not proof.
 */
export function articleExists(law: string | LawEntry, ref: ArticleRef): ArticleCheck | undefined {
  const b = build();
  const ix = typeof law === 'string' ? b.laws.get(lawKey(parseCitedName(law).name)) : b.laws.get(lawKey(law.name));
  if (!ix || ix.entry.status === 'superseded') return undefined;
  const at = ix.articles.get(refKey(ref));
  if (at === undefined) return { exists: false, missing: 'article', count: ix.maxN };
  const paras = parseInt(ix.shape[at * 2], 36);
  const items = parseInt(ix.shape[at * 2 + 1], 36);
  if (ref.para && ref.para > paras) return { exists: false, missing: 'paragraph', count: paras };
  if (ref.item && ref.item > items && items < 35) return { exists: false, missing: 'item', count: items };
  return { exists: true };
}

/** Number of articles (highest 第N条) of a known law. */
export function articleCount(law: string): number | undefined {
  return build().laws.get(lawKey(parseCitedName(law).name))?.maxN;
}

const year = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : NaN);

export type CitationIssue =
  /** The act as a whole was repealed or replaced by another act. */
  | { kind: 'repealed'; entry: RepealedEntry }
  /** A stated version was superseded by a revision of the same act (entry has the map when numbers moved). */
  | { kind: 'old-version'; year: number; current?: string; entry?: RepealedEntry; newArticle?: string }
  /** No stated version, but the act was revised and this article's number moved (info: check which text is meant). */
  | { kind: 'renumbered'; entry: RepealedEntry; newArticle: string }
  /** No stated version; the act was revised with numbers moved and no article map is known. */
  | { kind: 'revised'; entry: RepealedEntry }
  /** The article (款, 项) does not exist in the current text. */
  | { kind: 'no-article'; law: LawEntry; missing: 'article' | 'paragraph' | 'item'; count: number };

export interface CitationCheckOptions {
  /** The draft's own date (YYYY-MM-DD): acts still in force on that day are not reported. */
  asOf?: string;
  /** The year note that followed 》 (（2019年修正）). */
  after?: string;
}

/**
 * Everything wrong with one citation 《name》(article). Unknown names give []. `article` is a label such as 第十七条 or
 * 第十六条第四款 (or a parsed ref).
 */
export function checkCitation(cited: string, article?: string | ArticleRef, opts: CitationCheckOptions = {}): CitationIssue[] {
  const { name, year: y } = parseCitedName(cited, opts.after);
  const b = build();
  const key = lawKey(name);
  const ix = b.laws.get(key);
  const reps = b.repealed.get(key) ?? [];
  if (!ix && !reps.length) return [];
  const ref = typeof article === 'string' ? parseArticleRef(article) : article;
  const label = ref ? keyToLabel(refKey(ref)) : undefined;
  const inForce = (until: string) => opts.asOf !== undefined && opts.asOf <= until;
  const out: CitationIssue[] = [];

  // the act itself is gone (no version, or replaced by an act of another name)
  const whole = reps.find((r) => (!r.version || (r.replacedBy && lawKey(r.replacedBy) !== key)) && r.status !== 'renumbered');
  if (whole) {
    if (!inForce(whole.effectiveUntil)) out.push({ kind: 'repealed', entry: whole });
    return out;
  }

  if (y) {
    const exact = reps.find((r) => r.version && year(r.version) === y);
    if (exact) {
      if (!inForce(exact.effectiveUntil)) {
        const moved: string | undefined = label ? exact.articleMap?.get(label) : undefined;
        out.push({ kind: 'old-version', year: y, current: exact.replacedByVersion ?? ix?.entry.version, entry: exact, ...(moved ? { newArticle: moved } : {}) });
      }
      return out;
    }
    const current = ix?.entry.version ?? reps.map((r) => r.replacedByVersion).filter(Boolean).sort().pop();
    if (current && y < year(current)) {
      const currentEffective = ix?.entry.effective ?? current;
      if (!(opts.asOf && opts.asOf < currentEffective)) out.push({ kind: 'old-version', year: y, current });
      return out;
    }
  } else if (label) {
    // no stated version: the current text is meant; a revision that moved this number deserves a hint
    for (const r of reps) {
      if (r.status === 'repealed' || inForce(r.effectiveUntil)) continue;
      const moved: string | undefined = r.articleMap?.get(label);
      if (moved && moved !== label) {
        out.push({ kind: 'renumbered', entry: r, newArticle: moved });
        break;
      }
      if (!r.articleMap && r.status === 'renumbered') {
        out.push({ kind: 'revised', entry: r });
        break;
      }
    }
  }

  if (ix && ref && (!y || y >= year(ix.entry.version))) {
    const c = articleExists(ix.entry, ref);
    if (c && !c.exists) out.push({ kind: 'no-article', law: ix.entry, missing: c.missing, count: c.count });
  }
  return out;
}
