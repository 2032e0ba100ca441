import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';
import { articleHeads, quotesOtherNumbering, titleParagraph } from './_structure';

const EFFECTIVE = /自[^。；\n]{0,30}(?:起|之日)[^。；\n]{0,6}(?:施行|实施|生效|执行)|(?:施行|实施|生效)(?:日期|时间)|起(?:施行|实施|生效|执行)|(?:施行|实施|执行)(?:至|到)|有效期/;

const hasEffectiveClause = (t: string) => EFFECTIVE.test(t);

/** A whole numbered draft (title, at least five articles from 第一条) with no 施行日期 clause. */
export default defineRule({
  id: 'missing-effective-date',
  category: 'numbering-error',
  title: '缺少施行日期条款',
  message: '文件未规定施行日期。规章和规范性文件应当在附则中写明施行日期（规章一般自公布之日起30日后施行）。',
  suggestion: '在最后一条写明“本办法自××××年××月××日起施行”，需要时同时写明有效期。',
  basis: [{ law: '规章制定程序条例', article: '第三十二条' }, { law: '立法法', article: '第六十一条' }],
  severity: 'info',
  docTypes: { law: 'off' },
  match: {
    type: 'document',
    check: (doc) => {
      const heads = articleHeads(doc);
      if (heads.length < 5 || heads[0].n !== 1 || !doc.meta.title || quotesOtherNumbering(doc)) return [];
      if (doc.meta.effectiveDate || doc.paragraphs.some((p) => p.memo('missing-effective-date', hasEffectiveClause))) return [];
      const last = heads[heads.length - 1];
      const t = titleParagraph(doc);
      const hits: DocHit[] = [{ para: last.para, start: 0, end: last.length }];
      if (t >= 0 && t !== last.para) hits[0] = { para: t, start: 0, end: Math.min(40, doc.paragraphs[t].text.length) };
      return hits;
    },
  },
  examples: {
    bad: [
      '[[某市公共停车场管理办法]]\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 市交通局负责实施。\n第四条 经营者应当明码标价。\n第五条 本办法由市交通局负责解释。',
      '[[某县农村宅基地管理规定]]\n第一条 为加强宅基地管理，制定本规定。\n第二条 本规定适用于本县。\n第三条 县自然资源局负责实施。\n第四条 村民申请宅基地应当提交申请书。\n第五条 本规定由县自然资源局负责解释。',
    ],
    good: [
      '某市公共停车场管理办法\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 市交通局负责实施。\n第四条 经营者应当明码标价。\n第五条 本办法自2025年3月1日起施行。',
      '第一条 为规范管理，制定本办法。\n第二条 本办法适用于本市。',
      '某市公共停车场管理办法\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 市交通局负责实施。\n第四条 经营者应当明码标价。\n第五条 本办法自印发之日起施行，有效期5年。',
    ],
  },
});
