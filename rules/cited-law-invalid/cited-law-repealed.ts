import { defineRule } from '../define-rule';
import { checkCitation } from '../../lib/laws/catalog';
import type { DocHit } from '../../lib/engine/rule-context';
import { documentCitations, draftDate, memoByDate, type Citation } from './_citations';

const cn = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
};
const nextDay = (d: string) => {
  const t = new Date(d + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

type LocalHit = Omit<DocHit, 'para'>;

/** The hits on one paragraph's citations (paragraph-local). */
function paragraphHits(cites: Citation[], asOf: string | undefined): LocalHit[] {
  const hits: LocalHit[] = [];
  for (const c of cites) {
    if (c.historical) continue;
    const issue = checkCitation(c.name, c.refs[0]?.ref, { asOf, after: c.after }).find((i) => i.kind === 'repealed');
    if (!issue || issue.kind !== 'repealed') continue;
    const e = issue.entry;
    const since = nextDay(e.effectiveUntil);
    const what = e.status === 'repealed' ? '已废止' : '已被替代';
    const by = e.replacedBy ? `，由《${e.replacedBy}》${e.status === 'repealed' ? '取代' : '替代'}` : '';
    const unverified = e.verified ? '' : '（替代关系未经逐条核实，请以国家法律法规数据库为准）';
    hits.push({
      start: c.start,
      end: c.end,
      message: `《${e.name}》${what}（自${cn(since)}起不再施行${by}）${unverified}，不能再作为依据援引。`,
      suggestion: e.replacedBy
        ? `改为援引《${e.replacedBy}》的相应条文，并核对新法条文是否仍支持本条内容。`
        : '删除该依据或改为援引现行有效的法律法规。',
      basis: [
        ...(e.repealedBy ? [{ law: e.repealedBy.law, article: e.repealedBy.article }] : []),
        { law: '立法法', article: '第一百零三条' },
      ],
    });
  }
  return hits;
}

/**
 * A draft cites an act that has been repealed or replaced by another act (《合同法》, 《法规规章备案条例》,
 * 《公平竞争审查制度实施细则》…). Only acts the statute catalogue knows are judged; a sentence that itself states the
 * repeal (…同时废止) is not a citation as basis.
 */
export default defineRule({
  id: 'cited-law-repealed',
  category: 'cited-law-invalid',
  title: '援引已废止或被替代的法律法规',
  message: '所援引的法律法规已废止或被新法替代，不能再作为制定依据。',
  suggestion: '改为援引现行有效的替代法律法规及其相应条文，并核对条文内容是否仍然支持本条规定。',
  basis: [{ law: '立法法', article: '第一百零三条' }],
  severity: 'warning',
  match: {
    type: 'document',
    check: (doc) => {
      const hits: DocHit[] = [];
      const asOf = draftDate(doc);
      for (const { para, cites } of documentCitations(doc)) {
        const local = memoByDate(doc.paragraphs[para], 'cited-law-repealed', asOf, () => paragraphHits(cites, asOf));
        for (const h of local) hits.push({ para, ...h });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '第五条 合同的订立、变更和解除，依照[[《中华人民共和国合同法》]]第十条的规定执行。',
      '依据[[《法规规章备案条例》]]和有关规定，制定本办法。',
      '本市公平竞争审查工作按照[[《公平竞争审查制度实施细则》]]执行。',
    ],
    good: [
      '合同的订立、变更和解除，依照《中华人民共和国民法典》第四百六十九条的规定执行。',
      '本规定自2021年1月1日起施行。《中华人民共和国合同法》同时废止。',
      { text: '关于合同效力的认定，依照《中华人民共和国合同法》第五十二条的规定执行。\n2019年3月1日', docType: 'normative-document' },
      '原《城市房屋拆迁管理条例》规定的补偿标准不再适用。',
      '依照《某某省物业管理条例》第十条的规定执行。',
    ],
  },
});
