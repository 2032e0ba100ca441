import { defineRule } from '../define-rule';
import type { LocalHit } from '../../lib/engine/rule-context';
import { FINE_RANGE, parseAmount } from './_powers';

/** 部门规章 and 政府规章 fines are capped (国务院 / the provincial people's congress set the limit); a high cap needs a check. */
const LIMIT = 30_000;
/**
 * The highest cap any rule may have: 20万元 for 部门规章 (国发〔2021〕26号), provincial caps for 政府规章 no higher. Above it
 * the fine cannot be the rule's own: a warning.
 */
const HIGH = 200_000;

export default defineRule({
  id: 'rule-fine-exceeds-limit',
  category: 'unauthorized-penalty',
  severity: 'info',
  title: '规章罚款上限较高，需核对设定限额',
  message:
    '规章自行设定的罚款数额受限额约束：部门规章的限额由国务院规定，地方政府规章的限额由省级人大常委会规定（通常为数千元至数万元）。此处罚款上限超过三万元且未援引上位法，请核对是否有上位法依据或是否超出本省限额。',
  suggestion: '援引上位法的罚款规定，或将罚款上限调整到本省（国务院）规定的限额以内。',
  basis: [
    { law: '行政处罚法', article: '第十三条' },
    { law: '行政处罚法', article: '第十四条' },
  ],
  docTypes: {
    law: 'off',
    'administrative-regulation': 'off',
    'local-regulation': 'off',
    'normative-document': 'off',
    'policy-document': 'off',
    internal: 'off',
  },
  gates: { citation: 'suppress' },
  match: {
    type: 'clause',
    anchors: ['罚款'],
    check: (c) => {
      const hits: LocalHit[] = [];
      const re = new RegExp(FINE_RANGE.source, 'g');
      for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
        const hi = parseAmount(m.groups?.hi ?? '');
        if (hi > LIMIT) hits.push({ start: m.index, end: m.index + m[0].length, ...(hi > HIGH ? { severity: 'warning' as const } : {}) });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      { text: '违反本办法第十二条规定的，由市交通运输主管部门责令改正，[[处五万元以上十万元以下罚款]]。', docType: 'government-rule' },
      { text: '未按规定报送统计资料的，[[处1万元以上5万元以下罚款]]。', docType: 'department-rule' },
      { text: '擅自改变公共停车场用途的，[[处十万元以上三十万元以下罚款]]。', docType: 'government-rule' },
    ],
    good: [
      { text: '违反本办法第十二条规定的，责令改正，处一千元以上五千元以下罚款。', docType: 'government-rule' },
      { text: '违反本办法规定的，依照《中华人民共和国大气污染防治法》第一百一十七条的规定，处一万元以上十万元以下罚款。', docType: 'government-rule' },
      { text: '未按规定报送统计资料的，处1万元以上5万元以下罚款。', docType: 'local-regulation' },
    ],
  },
});
