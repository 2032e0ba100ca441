import { defineRule, NOT_FOR_LAWS } from '../define-rule';

/**
 * Consumption quotas handed down to units or people (摊派消费): 公务用烟指标分解、未完成用酒计划扣减经费、
 * 摊派订阅、下达购买任务. The administration forces purchases of particular (usually local) products.
 */
const GOODS = '(?:用烟|用酒|烟酒|卷烟|香烟|白酒|啤酒|(?<!促|扩大|提振|拉动|刺激|繁荣|扩|促进)消费|购买|认购|订阅|征订|订购|(?<!市场)销售|推销|代销)';
const QUOTA = '(?:计划|指标|任务|数量|份额|定额)';
const ACT = '(?:分解|下达|分配|摊派|包干|未完成|完不成|完成|落实|考核|扣减|层层)';

export default defineRule({
  id: 'consumption-quota',
  category: 'designated-dealing',
  title: '摊派消费、下达购买指标',
  message:
    '该条款向单位或个人分解、下达消费或购买指标（如公务用烟、用酒、订阅任务），并以扣减经费、考核等方式强制完成，属于限定或者变相限定购买、使用特定经营者提供的商品，也构成摊派。',
  suggestion: '删除消费、购买、订阅指标及其考核、扣减经费等强制措施，由单位和个人依法自主选择商品和服务。',
  basis: [
    { law: '反垄断法', article: '第三十九条' },
    { law: '公平竞争审查条例', article: '第八条' },
    { law: '国务院关于禁止在市场经济活动中实行地区封锁的规定', article: '第四条' },
  ],
  severity: 'error',
  docTypes: NOT_FOR_LAWS,
  gates: { citation: 'none' },
  match: {
    type: 'pattern',
    anchors: ['摊派', '用烟', '用酒', '烟酒', '卷烟', '香烟', '白酒', '啤酒', '消费', '购买', '认购', '订阅', '征订', '订购', '销售', '推销', '代销'],
    patterns: [
      '(?<m>摊派(?:消费|购买|订阅|征订|销售|认购|采购|推销|用烟|用酒))',
      '(?<m>(?:消费|购买|订阅|征订|认购|推销|销售)[^。；，]{0,6}摊派)',
      `${ACT}[^。；]{0,20}?(?<m>${GOODS}${QUOTA})`,
      `(?<m>${GOODS}${QUOTA})[^。；]{0,20}?${ACT}`,
    ],
  },
  examples: {
    bad: [
      '将全年白酒[[消费指标]]分解下达至各乡镇和县直单位。',
      '各单位要按时完成[[订阅任务]]，未完成的予以通报。',
      '对未完成[[用酒计划]]的单位，扣减其年度公用经费。',
      '通过下发文件方式[[摊派购买]]本地产品。',
    ],
    good: [
      '严禁向企业和群众摊派消费、摊派订阅。',
      '将促消费任务分解到各责任部门，确保社会消费品零售总额稳步增长。',
      '各单位应当按照批准的政府采购计划组织实施采购。',
    ],
  },
});
