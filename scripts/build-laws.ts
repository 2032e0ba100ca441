/**
 * Builds the compact statute catalogue and the common-character list from the law data in data/laws/.
 *
 *   npx tsx scripts/build-laws.ts [--from DIR]
 *
 * --from DIR first copies DIR/laws.json and DIR/repealed.json (e.g. ../shared/laws) into data/laws/ (the project
 * never reads outside its own tree at run time). Then it writes:
 * - data/laws/catalog.json — per law: name, fullName, aliases, kind, version, status and the article numbers that
 *   exist (ranges such as "1-83,10.1" where 10.1 = 第十条之一) with each article's 款 and 项 counts; the repealed
 *   list (name, status, version, effectiveUntil, replacedBy, replacedByVersion, articleMap as "8>11,9>12").
 *   Small enough to ship in the content script (lib/laws/catalog.ts).
 * - data/common-chars.json — the CJK characters an ordinary draft is made of: every character that occurs at least
 *   twice in the statute texts, plus the 3,755 level-1 characters of GB 2312 (decoded with TextDecoder('gb18030'),
 *   node's full ICU). rules/garbled-text uses it to tell mojibake (runs of rare characters) from text.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cnToNumber } from '../lib/engine/segment';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..') + '/';
const lawsDir = root + 'data/laws/';

interface LawArticle {
  num: string;
  n: number;
  sub?: number;
  text: string;
}
interface LawRecord {
  name: string;
  fullName: string;
  aliases?: string[];
  kind: string;
  version: string;
  effective?: string;
  status?: string;
  source: string;
  articles: LawArticle[];
}
interface RepealedRecord {
  name: string;
  status: string;
  version?: string;
  effectiveUntil: string;
  replacedBy?: string;
  replacedByVersion?: string;
  articleMap?: { old: string; new: string }[];
  verified: boolean;
  note: string;
  source: string;
}

const ITEM_LINE = /^[（(][一二三四五六七八九十]+[）)]/;

/** 第十条之一 -> "10.1", 第八条 -> "8". */
export function numKey(num: string): string {
  const m = /^第([零〇一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?$/.exec(num);
  if (!m) throw new Error(`bad article number ${num}`);
  return m[2] ? `${cnToNumber(m[1])}.${cnToNumber(m[2])}` : String(cnToNumber(m[1]));
}

/** Ordered article keys -> "1-10,10.1,11-83". */
function encodeRanges(keys: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < keys.length) {
    if (keys[i].includes('.')) {
      out.push(keys[i++]);
      continue;
    }
    let j = i;
    while (j + 1 < keys.length && !keys[j + 1].includes('.') && Number(keys[j + 1]) === Number(keys[j]) + 1) j++;
    out.push(j > i ? `${keys[i]}-${keys[j]}` : keys[i]);
    i = j + 1;
  }
  return out.join(',');
}

/** The repealing provision quoted at the start of a note: 《民法典》第一千二百六十条：“…” -> 民法典 第一千二百六十条. */
function repealedBy(note: string): { by?: string } {
  const m = /^《([^》]{2,40})》(第[零〇一二三四五六七八九十百千]+条)/.exec(note);
  return m ? { by: `${m[1]} ${m[2]}` } : {};
}

const b36 = (n: number) => Math.min(35, n).toString(36);

export function buildCatalog(laws: LawRecord[], repealed: RepealedRecord[]) {
  const commit = /@ ([0-9a-f]{40})$/.exec(laws[0]?.source ?? '')?.[1];
  return {
    source: commit ? `LawRefBook/Laws @ ${commit}` : 'LawRefBook/Laws',
    laws: laws.map((l) => {
      const keys = l.articles.map((a) => numKey(a.num));
      // per article two base-36 digits: number of 款 (paragraphs that are not items) and of 项 (item lines)
      const shape = l.articles
        .map((a) => {
          const lines = a.text.split('\n');
          const items = lines.filter((x) => ITEM_LINE.test(x)).length;
          return b36(Math.max(1, lines.length - items)) + b36(items);
        })
        .join('');
      return {
        name: l.name,
        fullName: l.fullName,
        ...(l.aliases?.length ? { aliases: l.aliases } : {}),
        kind: l.kind,
        version: l.version,
        ...(l.effective ? { effective: l.effective } : {}),
        ...(l.status ? { status: l.status } : {}),
        articles: encodeRanges(keys),
        shape,
      };
    }),
    repealed: repealed.map((r) => ({
      name: r.name,
      status: r.status,
      ...(r.version ? { version: r.version } : {}),
      effectiveUntil: r.effectiveUntil,
      ...(r.replacedBy ? { replacedBy: r.replacedBy } : {}),
      ...(r.replacedByVersion ? { replacedByVersion: r.replacedByVersion } : {}),
      ...repealedBy(r.note),
      ...(r.articleMap?.length ? { articleMap: r.articleMap.map((p) => `${numKey(p.old)}>${numKey(p.new)}`).join(',') } : {}),
      ...(r.verified ? {} : { verified: false }),
    })),
  };
}

export function buildCommonChars(laws: LawRecord[]): string {
  const counts = new Map<string, number>();
  const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;
  for (const l of laws) {
    for (const s of [l.name, l.fullName, ...l.articles.map((a) => a.text)]) {
      for (const ch of s) if (isCjk(ch.charCodeAt(0))) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  const set = new Set<string>();
  for (const [ch, n] of counts) if (n >= 2) set.add(ch);
  // GB 2312 level 1: rows 0xB0-0xD7, cells 0xA1-0xFE (0xD7FA-0xD7FE are empty)
  const dec = new TextDecoder('gb18030');
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && isCjk(ch.charCodeAt(0))) set.add(ch);
    }
  }
  return [...set].sort().join('');
}

function main() {
  const i = process.argv.indexOf('--from');
  if (i > 0) {
    const from = process.argv[i + 1].replace(/\/?$/, '/');
    for (const f of ['laws.json', 'repealed.json']) copyFileSync(from + f, lawsDir + f);
    console.log(`copied laws.json, repealed.json from ${from}`);
  }
  const laws = JSON.parse(readFileSync(lawsDir + 'laws.json', 'utf8')) as LawRecord[];
  const repealed = JSON.parse(readFileSync(lawsDir + 'repealed.json', 'utf8')) as RepealedRecord[];
  const catalog = JSON.stringify(buildCatalog(laws, repealed));
  writeFileSync(lawsDir + 'catalog.json', catalog + '\n');
  const chars = buildCommonChars(laws);
  writeFileSync(
    root + 'data/common-chars.json',
    JSON.stringify({
      note: 'Common CJK characters: those occurring at least twice in data/laws/laws.json plus GB 2312 level 1. Generated by scripts/build-laws.ts.',
      chars,
    }) + '\n',
  );
  console.log(`data/laws/catalog.json: ${laws.length} laws, ${repealed.length} repealed, ${Buffer.byteLength(catalog)} bytes`);
  console.log(`data/common-chars.json: ${chars.length} characters`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
