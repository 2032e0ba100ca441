/** Realistic draft text of a given size: numbered articles built from real clauses (problems and lawful ones). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { numberToCn } from '../lib/engine/segment';

const dir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
const rows = ['dev-cases.jsonl', 'dev-negatives.jsonl'].flatMap((f) =>
  readFileSync(dir + f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
);
const FILLER = [
  '各级人民政府及其有关部门应当加强对本行政区域内相关工作的组织领导，建立健全工作协调机制。',
  '有关部门应当按照各自职责，做好信息公开、政策解读和咨询服务工作，及时回应社会关切。',
  '本办法所称经营者，是指从事商品生产、经营或者提供服务的自然人、法人和非法人组织。',
  '市场监督管理部门应当会同有关部门建立健全监督检查制度，定期开展评估。',
];

export function makeDraft(chars: number): string {
  const out: string[] = ['某市人民政府关于印发《某市优化营商环境若干措施》的通知', '某府发〔2026〕8号'];
  let n = 0;
  let size = out.join('\n').length;
  while (size < chars) {
    n++;
    const body = n % 3 === 0 ? rows[n % rows.length] : FILLER[n % FILLER.length] + rows[(n * 7) % rows.length];
    const p = `第${numberToCn(n % 9999 || 1)}条 ${body}`;
    out.push(p);
    size += p.length + 1;
  }
  out.push('某市人民政府', '2026年3月1日');
  return out.join('\n').slice(0, chars);
}
