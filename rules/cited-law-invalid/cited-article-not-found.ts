import { defineRule } from '../define-rule';
import { checkCitation, articleLabel } from '../../lib/laws/catalog';
import type { DocHit } from '../../lib/engine/rule-context';
import { numberToCn } from '../../lib/engine/segment';
import { documentCitations, draftDate, memoByDate, type Citation } from './_citations';

type LocalHit = Omit<DocHit, 'para'>;

/** The hits on one paragraph's citations (paragraph-local). */
function paragraphHits(cites: Citation[], asOf: string | undefined): LocalHit[] {
  const hits: LocalHit[] = [];
  for (const c of cites) {
    for (const r of c.refs) {
      const issue = checkCitation(c.name, r.ref, { asOf, after: c.after }).find((i) => i.kind === 'no-article');
      if (!issue || issue.kind !== 'no-article') continue;
      const law = issue.law;
      const what =
        issue.missing === 'article'
          ? `该法现行文本（${law.version.slice(0, 4)}年版本）共${numberToCn(issue.count)}条，没有${articleLabel({ n: r.ref.n, sub: r.ref.sub })}`
          : issue.missing === 'paragraph'
            ? `${articleLabel({ n: r.ref.n, sub: r.ref.sub })}只有${numberToCn(issue.count)}款`
            : `${articleLabel({ n: r.ref.n, sub: r.ref.sub })}${r.ref.para ? `第${numberToCn(r.ref.para)}款` : ''}只列有${numberToCn(issue.count)}项`;
      hits.push({
        start: r.start,
        end: r.end,
        message: `所引《${law.name}》${r.text}不存在：${what}。`,
        suggestion: '核对《' + law.name + '》现行文本，更正所引条、款、项的序号（旧版本条号请改为现行条号）。',
      });
    }
  }
  return hits;
}

/**
 * 《X》第N条 where the current text of X has no such article (or 款, 项): a typo, an old numbering, or a provision of
 * another act. Only laws whose current text the catalogue holds are judged (not "superseded" texts, not unknown acts).
 */
export default defineRule({
  id: 'cited-article-not-found',
  category: 'cited-law-invalid',
  title: '援引的条文不存在',
  message: '所援引的条文在该法律法规的现行文本中不存在。',
  suggestion: '核对所引法律法规的现行文本，更正条、款、项的序号。',
  basis: [{ law: '立法法', article: '第六十五条' }],
  severity: 'warning',
  match: {
    type: 'document',
    check: (doc) => {
      const hits: DocHit[] = [];
      const asOf = draftDate(doc);
      for (const { para, cites } of documentCitations(doc)) {
        const local = memoByDate(doc.paragraphs[para], 'cited-article-not-found', asOf, () => paragraphHits(cites, asOf));
        for (const h of local) hits.push({ para, ...h });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '依照《中华人民共和国行政许可法》[[第九十条]]的规定，对申请人的申请材料进行审查。',
      '根据《中华人民共和国行政处罚法》第十六条、[[第八十八条]]的规定，规范性文件不得设定行政处罚。',
      '规章不得增设行政许可，见《行政许可法》[[第十六条第五款]]。',
    ],
    good: [
      '依照《中华人民共和国行政许可法》第十七条的规定，本办法不设定行政许可。',
      '依照《中华人民共和国治安管理处罚法》第一百三十条的规定予以处罚。',
      '违反本办法第九十条规定的，由市场监管部门责令改正。',
      '依照《某某市城市管理条例》第一百五十条的规定处理。',
    ],
  },
});
