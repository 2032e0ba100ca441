import { defineRule } from '../define-rule';
import { articleLabel, checkCitation, findLaw } from '../../lib/laws/catalog';
import type { DocHit } from '../../lib/engine/rule-context';
import { documentCitations, draftDate, memoByDate, type Citation } from './_citations';

const cnDate = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

type LocalHit = Omit<DocHit, 'para'>;

/**
 * The hits on one paragraph's citations (paragraph-local), in order. A `hint` (the revised act's name) is reported only
 * at the act's first such citation in the document: the caller keeps the set.
 */
function paragraphHits(cites: Citation[], asOf: string | undefined): { hint?: string; hit: LocalHit }[] {
  const hits: { hint?: string; hit: LocalHit }[] = [];
  const hinted = new Set<string>();
  for (const c of cites) {
    if (c.historical) continue;
    const refs = c.refs.length ? c.refs : [undefined];
    const moved: string[] = [];
    let old: { year: number; current?: string; verified: boolean } | undefined;
    for (const r of refs) {
      for (const issue of checkCitation(c.name, r?.ref, { asOf, after: c.after })) {
        if (issue.kind === 'old-version') {
          old ??= { year: issue.year, current: issue.current, verified: issue.entry?.verified !== false };
          if (issue.newArticle && r) moved.push(`原${articleLabel({ n: r.ref.n, sub: r.ref.sub })}现为${issue.newArticle}`);
        } else if (issue.kind === 'renumbered' && r && !findLaw(c.name)) {
          const e = issue.entry;
          hits.push({
            hit: {
              start: r.start,
              end: r.end,
              severity: 'info',
              message: `《${e.name}》已于${cnDate(e.replacedByVersion ?? e.effectiveUntil)}修订，条文序号有调整：${e.version?.slice(0, 4) ?? '原'}年文本的${r.text}在现行文本中为${issue.newArticle}。请核对此处引用的是哪一版本的条号。`,
              suggestion: `如引用的是旧版本条号，改为现行文本的${issue.newArticle}，并核对条文内容。`,
            },
          });
        } else if (issue.kind === 'revised' && !hinted.has(issue.entry.name)) {
          hinted.add(issue.entry.name);
          const e = issue.entry;
          hits.push({
            hint: e.name,
            hit: {
              start: c.start,
              end: r ? r.end : c.end,
              severity: 'info',
              message: `《${e.name}》已于${cnDate(e.replacedByVersion ?? e.effectiveUntil)}修订（旧文本施行至${cnDate(e.effectiveUntil)}），条文序号有较大调整，本地法规库尚无新旧条文对照。请按现行文本核对所引条号。`,
              suggestion: '对照国家法律法规数据库中的现行文本核对并更正条文序号。',
            },
          });
        }
      }
    }
    if (!old) continue;
    const current = old.current ? `现行文本为${old.current.slice(0, 4)}年${old.current.slice(0, 4) === String(old.year) ? '' : '修订（修正）'}版本` : '该版本已被修订';
    const end = c.refs.length ? c.refs[c.refs.length - 1].end : c.end;
    hits.push({
      hit: {
        start: c.start,
        end,
        message: `所引《${parseName(c.name)}》为${old.year}年版本，${current}${moved.length ? `；条文序号已调整：${moved.join('，')}` : '，条文内容和序号可能已变化'}。${old.verified ? '' : '（新旧条文对照未经逐条核实，请以官方文本为准。）'}`,
        suggestion: moved.length ? `改为援引现行版本，并按现行条号更正（${moved.join('，')}），同时核对款、项和条文内容。` : '改为援引现行版本，并按现行文本核对条文序号和内容。',
      },
    });
  }
  return hits;
}

/**
 * A draft cites an earlier version of an act that has since been revised: 《立法法》（2015年修正）第八十二条 (now
 * 第九十三条), 《行政许可法》（2003年）. With the stated version superseded the citation is a warning, and the article
 * map gives the new number. Without a stated version, a hint (info) where the act was renumbered and the catalogue
 * cannot check the current text (公司法 2023, 治安管理处罚法 2025…).
 */
export default defineRule({
  id: 'cited-version-superseded',
  category: 'cited-law-invalid',
  title: '援引已被修订的旧版本或旧条号',
  message: '所援引的是法律法规已被修订的旧版本，条文内容或序号可能已经变化。',
  suggestion: '改为援引现行版本，并按现行文本核对条文序号和内容。',
  basis: [{ law: '立法法', article: '第一百零三条' }],
  severity: 'warning',
  match: {
    type: 'document',
    check: (doc) => {
      const hits: DocHit[] = [];
      const asOf = draftDate(doc);
      const hinted = new Set<string>();
      for (const { para, cites } of documentCitations(doc)) {
        const local = memoByDate(doc.paragraphs[para], 'cited-version-superseded', asOf, () => paragraphHits(cites, asOf));
        for (const { hint, hit } of local) {
          // one hint per revised act in the whole document
          if (hint !== undefined) {
            if (hinted.has(hint)) continue;
            hinted.add(hint);
          }
          hits.push({ para, ...hit });
        }
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '没有法律、行政法规、地方性法规的依据，不得减损公民、法人和其他组织的权利，依照[[《中华人民共和国立法法》（2015年修正）第八十二条]]的规定执行。',
      '根据[[《中华人民共和国行政处罚法》（2017年修正）第十四条]]的规定，规范性文件不得设定行政处罚。',
      '依照[[《行政许可法》（2003年）]]，本文件不设定行政许可。',
    ],
    good: [
      '根据《中华人民共和国立法法》（2023年修正）第九十三条的规定，没有上位法依据，不得减损公民、法人和其他组织的权利。',
      '根据《中华人民共和国行政处罚法》第十六条的规定，规范性文件不得设定行政处罚。',
      { text: '依照《中华人民共和国立法法》（2015年修正）第八十二条的规定执行。\n2020年5月6日', docType: 'normative-document' },
      '规章对实施上位法设定的行政许可作出的具体规定，不得增设行政许可，见《中华人民共和国行政许可法》（2019年修正）第十六条第四款。',
    ],
  },
});

function parseName(s: string): string {
  return s.replace(/[（(][^（）()]*[）)]$/, '').replace(/^中华人民共和国/, '');
}
