/** Pure helpers the sidebar renders from: visible findings, counts by severity, groups by category or article. */
import type { Finding, Severity } from '../engine/types';
import type { GroupBy } from './store';

export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
}

export type SeverityCounts = Record<Severity, number>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function visibleFindings(findings: readonly Finding[], ignored: Readonly<Record<string, unknown>>): Finding[] {
  return findings.filter((f) => !(f.id in ignored));
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/**
 * By category: most severe category first, then larger groups, then taxonomy order as given by categoryOrder.
 * By article: document order; findings outside any 第X条 form their own group where they first appear.
 */
export function groupFindings(
  findings: readonly Finding[],
  by: GroupBy,
  names: { category: (id: string) => string; noArticle: string; categoryOrder?: (id: string) => number },
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = by === 'category' ? f.category : (f.article ?? '');
    let g = groups.get(key);
    if (!g) {
      g = { key, title: by === 'category' ? names.category(key) : key || names.noArticle, findings: [] };
      groups.set(key, g);
    }
    g.findings.push(f);
  }
  const list = [...groups.values()];
  if (by === 'category') {
    const top = (g: FindingGroup) => Math.max(...g.findings.map((f) => RANK[f.severity]));
    const order = names.categoryOrder ?? (() => 0);
    list.sort((a, b) => top(b) - top(a) || b.findings.length - a.findings.length || order(a.key) - order(b.key));
  }
  return list;
}

/** 《行政处罚法》 for a statute name; document numbers (国办发〔2018〕37号) and already-quoted names stay as they are. */
export function lawLabel(law: string): string {
  if (/^《.*》$/.test(law) || /〔\d{4}〕|\[\d{4}\]|号$/.test(law)) return law;
  return `《${law}》`;
}
