import { defineRule } from '../define-rule';
import type { ClauseContext, LocalHit } from '../../lib/engine/rule-context';
import { adminBoundBefore, allMatches, uniqueHits } from '../rights-reduction/_shared';

/**
 * An administration deciding what belongs to a private business: its output, hours, suppliers, staff, pay or
 * management (核定企业生产计划、指定供货商、干预企业用人). 优化营商环境条例第十一条: matters for the business to
 * decide admit no interference; state-owned enterprises under their shareholder are a different relation.
 */
const AFFAIRS =
  '经营范围|经营方式|经营模式|营业时间|生产计划|产量|销售计划|采购计划|薪酬|工资标准|人事任免|负责人人选|经理人选|管理人员|股权结构|利润分配|投资计划|用工计划|招聘计划|进货渠道|供货商|供应商|合作方';
const DECIDE = '核定|审定|决定|确定|指定|统一安排|统一调配|统一确定|下达|审批';
const DICTATE = new RegExp(`(?:${DECIDE})[^。；，]{0,10}?(?:${AFFAIRS})`, 'g');
const DICTATE_PASSIVE = new RegExp(`(?:${AFFAIRS})[^。；，]{0,6}?由[^。；，]{0,14}?(?:${DECIDE})`, 'g');
const INTERFERE = /干预[^。；，]{0,10}?(?:经营|用人|人事|定价|价格|选聘|招聘|生产)/g;
/** The firm's own decision (hiring its managers, changing its business) made subject to the administration's approval. */
const INTERNAL_DECISION =
  '(?:聘任|聘用|任免|任命|选聘|招聘|解聘|更换|调整)[^。；，]{0,12}?(?:总经理|经理|负责人|高级管理人员|高管|董事|监事|财务负责人|技术负责人|管理人员|员工|职工|从业人员|院长|校长|园长|站长|厂长|主任|总监|法定代表人)|(?:调整|变更|确定)[^。；，]{0,6}?(?:经营范围|经营方式|营业时间|生产计划|销售价格|薪酬|工资标准|股权结构|利润分配)';
const SUBJECTED = new RegExp(
  `(?:${INTERNAL_DECISION})[^。；]{0,14}?(?:须|必须|应当|应|需|要)(?:事先|提前|先)?(?:报|经|报经|征得)[^。；，]{0,14}?(?:审核|审批|审定|同意|批准|核准)`,
  'g',
);
const PRIVATE = /企业|经营者|公司|商户|市场主体|民营|私营|民办|个体|商家|门店|厂家/;
const NOT_PRIVATE = /国有企业|国企|国有控股|市属企业|区属企业|县属企业|出资人|国有资本|国资|事业单位|公立|本机关|本单位|下属|所属单位|自主|自行决定|依法自主|登记机关|营业执照|注册登记|市场主体登记|核定的经营范围|经营范围内/;

function check(c: ClauseContext): LocalHit[] {
  // 民营企业 named outright wins over a state-owned context word (国有控股企业以外的民营企业)
  if (!PRIVATE.test(c.sentence) || (NOT_PRIVATE.test(c.sentence) && !/民营|私营|非公有制|个体工商户/.test(c.sentence))) return [];
  const hits: LocalHit[] = [];
  const bound = adminBoundBefore(c);
  for (const re of [DICTATE, DICTATE_PASSIVE, INTERFERE, SUBJECTED]) {
    for (const m of allMatches(re, c.text)) {
      if (bound(m.index)) continue;
      // 属于依法须经批准的项目: a statutory approval restated, not the administration's own say
      if (re === SUBJECTED && /依法|属于/.test(m[0])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return uniqueHits(hits);
}

export default defineRule({
  id: 'business-autonomy-dictated',
  category: 'ultra-vires',
  title: '行政机关决定市场主体的经营、用人事项',
  message:
    '本条由行政机关核定、指定或决定企业的经营方式、营业时间、生产计划、供货渠道、用人或薪酬等事项。这些属于市场主体依法自主决策的事项，行政机关没有相应职权，干预企业经营自主权违反《优化营商环境条例》第十一条和第六十四条。',
  suggestion: '删除由行政机关决定的内容；确属安全、环保等法定监管事项的，写明法律、法规依据并限于监管要求本身。',
  basis: [
    { law: '优化营商环境条例', article: '第十一条' },
    { law: '优化营商环境条例', article: '第六十四条' },
    { law: '立法法', article: '第九十一条' },
    { law: '国办发〔2018〕37号' },
  ],
  severity: 'warning',
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info' },
  gates: { prohibition: false },
  match: {
    type: 'clause',
    // every match names the business affair (AFFAIRS) or says 干预
    anchors: [...AFFAIRS.split('|'), '干预', '聘任', '聘用', '任免', '任命', '选聘', '招聘', '解聘', '更换'],
    check,
  },
  examples: {
    bad: [
      '县自然资源局每年[[统一核定民营砂石企业的生产计划]]。',
      '各商贸企业的[[营业时间由街道办事处统一确定]]。',
      '乡镇政府可以根据需要[[干预企业用人]]安排。',
      '辖区物流企业[[更换项目负责人的，须事先报区交通运输局审核同意]]。',
      '商贸企业[[调整营业时间应当报街道办事处批准]]。',
    ],
    good: [
      '市场主体依法享有经营自主权，任何单位和个人不得干预企业用人和定价。',
      '市国资委依法审定市属国有企业的年度投资计划。',
      '企业依法自主确定营业时间和经营方式。',
      '市属国有企业聘任总经理，应当报市国资委审核同意。',
      '企业变更经营范围的，应当向登记机关申请变更登记。',
    ],
  },
});
