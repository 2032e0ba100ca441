import { defineRule } from '../define-rule';
import type { LocalHit } from '../../lib/engine/rule-context';
import { FINE_RANGE, parseAmount } from '../unauthorized-penalty/_powers';

/** A fine range whose upper bound is ten or more times its lower one, with no 裁量基准 in the sentence. */
const RATIO = 10;
/** Statutes rarely span more than a factor of 20 in one tier; beyond fifty the fine is left to the officer (warning). */
const VERY_WIDE = 50;

export default defineRule({
  id: 'wide-fine-range',
  category: 'vague-discretion',
  severity: 'info',
  title: '罚款幅度过宽',
  message:
    '罚款上限达到下限的十倍以上，裁量幅度过宽。规章、规范性文件复述或细化罚款时，应当划分裁量阶次、明确适用情形，或配套制定并公布行政处罚裁量基准。',
  suggestion: '按违法情节划分阶次（如轻微、一般、严重）并分别规定罚款数额，或写明适用的裁量基准。',
  basis: [
    { law: '行政处罚法', article: '第三十四条' },
    { law: '国办发〔2022〕27号' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'off', internal: 'off' },
  unless: ['裁量基准|裁量标准|阶次'],
  gates: { citation: 'suppress' },
  match: {
    type: 'clause',
    anchors: ['罚款'],
    check: (c) => {
      const hits: LocalHit[] = [];
      const re = new RegExp(FINE_RANGE.source, 'g');
      for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
        const lo = parseAmount(m.groups?.lo ?? '');
        const hi = parseAmount(m.groups?.hi ?? '');
        if (lo > 0 && hi / lo >= RATIO) hits.push({ start: m.index, end: m.index + m[0].length, ...(hi / lo > VERY_WIDE ? { severity: 'warning' as const } : {}) });
      }
      return hits;
    },
  },
  examples: {
    bad: [
      { text: '未按规定设置垃圾分类收集容器的，处[[五百元以上五万元以下罚款]]。', docType: 'government-rule' },
      '违反本细则规定的，处[[1000元以上10万元以下罚款]]。',
      { text: '擅自占用绿地的，处[[二百元以上二万元以下罚款]]。', docType: 'government-rule' },
    ],
    good: [
      { text: '未按规定设置垃圾分类收集容器的，处五百元以上二千元以下罚款。', docType: 'government-rule' },
      { text: '有下列行为之一的，由公安机关交通管理部门处二百元以上二千元以下罚款。', docType: 'law' },
      { text: '依照《中华人民共和国固体废物污染环境防治法》第一百一十一条的规定，处五万元以上五十万元以下罚款。', docType: 'government-rule' },
    ],
  },
});
