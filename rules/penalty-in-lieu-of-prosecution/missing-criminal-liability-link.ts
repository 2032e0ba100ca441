import { defineRule } from '../define-rule';
import type { DocHit } from '../../lib/engine/rule-context';
import { citesBasis } from '../../lib/engine/context';

/** Conduct that may reach a crime (追诉标准): serious consequences, fraud, forgery, large sums, casualties. */
const CRIME =
  /情节(?:特别)?严重|造成严重后果|后果特别严重|造成重大(?:损失|事故|伤亡)|人员伤亡|致人(?:死亡|重伤)|死亡|重伤|数额(?:较大|巨大)|伪造|变造|骗取|诈骗|非法集资|非法吸收|走私|危害公共安全|严重污染|有毒有害|假药|劣药|传销|盗窃|虚开|逃避缴纳税款|偷税|暴力|行贿|受贿|重大安全事故/g;
const PENALTY = /罚款|没收|吊销|责令停产|责令停业|责令关闭|拘留/;
/** Anywhere in the document: the criminal link is there. */
const LINK = /刑事|犯罪|移送(?:司法|公安|检察)|司法机关/;
const SENTENCE = /[^。！？]+[。！？]?/g;

const hasLink = (t: string) => LINK.test(t);
const NONE: number[] = [];

/** One paragraph's penalties for conduct that may be a crime: flattened start, end pairs (paragraph-local). */
function crimeHits(t: string): number[] {
  if (!PENALTY.test(t)) return NONE;
  const out: number[] = [];
  SENTENCE.lastIndex = 0;
  for (let s = SENTENCE.exec(t); s; s = SENTENCE.exec(t)) {
    const text = s[0];
    // a prohibition, or a penalty that points to the superior law (依法、依照《X法》), which has its own criminal link
    if (!PENALTY.test(text) || /不得|禁止|严禁|依法|依照|按照有关/.test(text) || citesBasis(text)) continue;
    CRIME.lastIndex = 0;
    const c = CRIME.exec(text);
    if (!c) continue;
    const pen = PENALTY.exec(text.slice(c.index));
    const end = pen ? c.index + pen.index + pen[0].length : c.index + c[0].length;
    out.push(s.index + c.index, s.index + end);
  }
  return out.length ? out : NONE;
}

/**
 * Penalty provisions for conduct that may be a crime, in a document with no 构成犯罪的，依法追究刑事责任 / 移送司法机关
 * clause at all: the administrative–criminal link (行刑衔接) is missing.
 */
export default defineRule({
  id: 'missing-criminal-liability-link',
  category: 'penalty-in-lieu-of-prosecution',
  title: '对可能构成犯罪的行为只规定罚款，全文无移送或刑事责任条款',
  message:
    '本条对可能构成犯罪的行为（情节严重、造成严重后果、伪造骗取、数额较大等）只规定了罚款等行政处罚，而全文没有“构成犯罪的，依法追究刑事责任”或移送司法机关的衔接条款，可能导致以罚代刑。',
  suggestion: '在法律责任部分增加“违反本办法规定，涉嫌犯罪的，依法移送司法机关追究刑事责任”。',
  basis: [
    { law: '行政处罚法', article: '第八条' },
    { law: '行政处罚法', article: '第二十七条' },
    { law: '行政执法机关移送涉嫌犯罪案件的规定', article: '第三条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info', internal: 'off' },
  match: {
    type: 'document',
    check: (d) => {
      const ps = d.paragraphs;
      for (let i = 0; i < ps.length; i++) if (ps[i].memo('missing-criminal-liability-link:link', hasLink)) return [];
      const hits: DocHit[] = [];
      for (let para = 0; para < ps.length && hits.length < 5; para++) {
        const local = ps[para].memo('missing-criminal-liability-link', crimeHits);
        for (let j = 0; j < local.length; j += 2) hits.push({ para, start: local[j], end: local[j + 1] });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      '第十二条 违反本办法规定，[[伪造、变造检测报告的，由市场监管部门处三万元罚款]]。',
      '以虚假材料[[骗取财政补贴的，追回补贴资金，并处骗取金额一倍罚款]]。',
      { text: '第二十条 违反本办法规定，[[造成重大安全事故的，处五万元罚款]]。', docType: 'government-rule' },
    ],
    good: [
      '伪造、变造检测报告的，由市场监管部门处三万元罚款；构成犯罪的，依法追究刑事责任。',
      '第十二条 伪造检测报告的，处三万元罚款。\n第十三条 违反本办法规定，涉嫌犯罪的，依法移送司法机关处理。',
      { text: '造成重大安全事故的，处五万元罚款。', docType: 'law' },
      '违反本办法规定，未按时报送统计资料的，处一千元罚款。',
    ],
  },
});
