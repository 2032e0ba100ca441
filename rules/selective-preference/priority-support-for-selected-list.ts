import { defineRule, NOT_FOR_LAWS } from '../define-rule';

/**
 * Financial or factor support reserved for operators the administration has picked into a list:
 * 将“种子库”企业优先纳入财政风险补偿资金池、白名单企业优先安排用地指标、重点企业名单内企业优先给予贴息.
 */
const LIST = '(?:种子库|白名单|培育库|储备库|重点企业名单|重点企业名录|名录库|企业库|入库企业|库内企业|名单内|红名单)';
const SUPPORT = '(?:资金|补贴|补助|奖励|贷款|融资|贴息|担保|风险补偿|用地|供地|用能|指标|扶持|支持|资金池|政策)';

export default defineRule({
  id: 'priority-support-for-selected-list',
  category: 'selective-preference',
  title: '对入选名单的企业优先给予资金、要素支持',
  message:
    '该条款对行政机关遴选进入“种子库”“白名单”“重点企业名单”等的企业优先给予财政资金、融资、用地等支持，属于给予特定经营者选择性、差异化的财政奖励、补贴或要素获取优惠。',
  suggestion: '删除“优先”给予名单内企业资金、要素支持的内容，或改为面向所有符合公开标准经营者的普惠政策，名单遴选标准和程序须公开、开放。',
  basis: [{ law: '公平竞争审查条例', article: '第十条' }],
  severity: 'warning',
  docTypes: NOT_FOR_LAWS,
  gates: { citation: 'none', encouragement: false },
  unless: ['(?:违反|以任何方式|滥用行政权力|擅自)[^。]*的[，,][^。]{0,40}?(?:责令|查处|追究|处分|给予警告|依法处理|撤销|予以纠正)'],
  match: {
    type: 'pattern',
    anchors: ['入选', '列入', '纳入', '进入', '入围', '种子库', '白名单', '培育库', '储备库', '重点企业', '名录库', '企业库', '入库企业', '库内企业', '名单内', '红名单'],
    patterns: [
      `(?<m>${LIST}[^。；]{0,14}?优先[^。；]{0,25}?${SUPPORT})`,
      `(?<m>(?:入选|列入|纳入|进入|入围)[^。；，]{0,12}?(?:名单|名录|库|目录)[^。；]{0,14}?优先[^。；]{0,25}?${SUPPORT})`,
      `(?<m>优先[^。；，]{0,12}?(?:支持|扶持|安排|给予|推荐|纳入)[^。；，]{0,10}?${LIST})`,
    ],
  },
  examples: {
    bad: [
      '[[培育库企业优先享受贷款贴息]]。',
      '列入产业链[[白名单的企业优先安排用地指标]]。',
    ],
    good: [
      '白名单企业优先办理通关手续。',
      '对符合条件的中小企业，按规定享受政府采购价格评审优惠。',
    ],
  },
});
