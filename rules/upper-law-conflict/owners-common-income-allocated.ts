import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { allMatches, uniqueHits } from '../rights-reduction/_shared';

/**
 * A lower document disposing of the owners' common income by a fixed share (利用共用部位经营所得百分之七十纳入
 * 维修资金). Under 民法典第二百八十二条 that income, after reasonable costs, belongs to the owners, who decide its
 * use together (第二百七十八条); a regulation or normative document may not allocate it.
 */
/** Income from the owners' common parts: named as such, or any income of a housing estate's common facilities. */
const INCOME =
  /(?:共用部位|共用设施|共有部分|共用设备|公共部位|公共区域|共有场地|共有车位|公共收益|共有收益|(?:广告|停车|场地|租赁|经营性?|公共|共有|电梯|车位)(?:收入|收益|所得)|经营性活动所得)[^。]{0,40}?((?:百分之[一二三四五六七八九十零百]+|\d+(?:\.\d+)?[%％])[^。；，]{0,10}?(?:纳入|用于|归|补贴|上缴|划入|提取|作为|充抵))/dg;
const ESTATE = /小区|业主|共有|共用|物业|住宅/;

function check(c: ClauseContext): LocalHit[] {
  if (!ESTATE.test(c.sentence)) return [];
  const hits: LocalHit[] = [];
  for (const m of allMatches(INCOME, c.text)) {
    const g = m.indices?.[1];
    if (g) hits.push({ start: g[0], end: g[1] });
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'owners-common-income-allocated',
  category: 'upper-law-conflict',
  title: '以固定比例处分业主共有收益',
  message:
    '本条以固定比例规定业主共有部分经营收益的去向。依照《民法典》第二百八十二条，利用业主共有部分产生的收入，在扣除合理成本之后属于业主共有，其使用由业主依照第二百七十八条共同决定；下位文件直接分配该收益，改变了民法典规定的权利归属和决定主体。',
  suggestion: '改为“扣除合理成本后属于业主共有，其使用由业主大会依法决定”。',
  basis: [
    { law: '民法典', article: '第二百八十二条' },
    { law: '民法典', article: '第二百七十八条' },
    { law: '立法法', article: '第一百零七条' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off' },
  unless: ['经业主大会|业主大会(?:依法)?决定|业主共同决定|业主依法决定|业主决定|业主大会同意|另有约定|管理规约约定'],
  match: {
    type: 'clause',
    anchors: ['收入', '收益', '所得', '百分之', '%', '％'],
    check,
  },
  examples: {
    bad: [
      '利用小区共用部位设置广告取得的经营收益，[[百分之五十用于]]补贴物业服务费。',
      '停车场等共有场地的经营所得，[[60%纳入]]住宅专项维修资金。',
    ],
    good: [
      '利用业主共有部分产生的收入，在扣除合理成本之后，属于业主共有。',
      '共用部位经营收益的百分之三十用于补充专项维修资金的，应当经业主大会依法决定。',
    ],
  },
});
