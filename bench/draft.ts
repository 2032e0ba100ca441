/**
 * Realistic draft text of a given size: numbered articles whose bodies are real statute articles (data/laws: dense
 * legal language full of 应当/不得/罚款/许可) with a real problem or look-alike clause from the corpus in every fifth
 * article. Every paragraph is unique (article numbers), so the paragraph cache cannot help a cold run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { numberToCn } from '../lib/engine/segment';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = ['dev-cases.jsonl', 'dev-negatives.jsonl'].flatMap((f) =>
  readFileSync(`${root}tests/fixtures/corpus/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
);
const laws = JSON.parse(readFileSync(`${root}data/laws/laws.json`, 'utf8')) as { articles: { text: string }[] }[];
const statute = laws.flatMap((l) => l.articles.map((a) => a.text)).filter((t) => t.length > 20);

export function makeDraft(chars: number): string {
  const out: string[] = ['某市人民政府关于印发《某市优化营商环境若干措施》的通知', '某府发〔2026〕8号'];
  let size = out.join('\n').length;
  for (let n = 1; size < chars; n++) {
    const body = n % 5 === 0 ? corpus[(n / 5) % corpus.length] : statute[(n * 37) % statute.length];
    const p = `第${numberToCn(((n - 1) % 9999) + 1)}条 ${body}`;
    out.push(p);
    size += p.length + 1;
  }
  out.push('某市人民政府', '2026年3月1日');
  return out.join('\n').slice(0, chars);
}
