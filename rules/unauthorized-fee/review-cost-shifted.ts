import { defineRule } from '../define-rule';
import { regexCheck, SOFT_BASIS } from '../unauthorized-penalty/_powers';

/**
 * Costs of the administration's own checks (技术审查、评审、抽检、监督检查) shifted onto the applicant or inspected
 * party: licensing and supervision are free (行政许可法第五十八条), and technical services commissioned by the
 * authority are paid by it (优化营商环境条例第四十三条第三款).
 */
export default defineRule({
  id: 'review-cost-shifted',
  category: 'unauthorized-fee',
  severity: 'warning',
  title: '将审查、评审、抽检费用转嫁申请人或被检查人',
  message:
    '行政机关实施行政许可和监督检查不得收取费用，审批过程中委托技术审查、评估、检测的费用由行政机关自行承担，不得转嫁给市场主体；此处规定审查（评审、检查、检测）费用由申请人或被检查人承担。',
  suggestion: '改为“所需费用由××部门承担，列入部门预算”，或写明法律、行政法规中由相对人承担费用的依据。',
  basis: [
    { law: '行政许可法', article: '第五十八条' },
    { law: '优化营商环境条例', article: '第四十三条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'info', internal: 'off' },
  unless: ['不合格|复检|复验|自行委托|自主委托|自主选择|自愿|当事人申请|申请人申请[^。]{0,6}(?:复|重新)|违法'],
  match: {
    type: 'clause',
    anchors: ['费用由', '经费由', '费用均由', '费用全部由', '成本由'],
    check: regexCheck([
      {
        re: '(?<m>(?:技术审查|审查|评审|论证|审核|核查|检查|抽查|抽检|抽样|监测|检验|检测|鉴定|评估|勘验|勘查|测绘|踏勘|验收)[^。；，]{0,10}?(?:费用|经费|成本)(?:均|全部)?由(?:申请人|申请单位|企业|建设单位|经营者|当事人|被检查人|被检查单位|被抽查|生产者|销售者|项目单位|业主|相对人|申报单位|申报企业)[^。；，]{0,4}?(?:承担|负担|支付|缴纳|自理))',
        soften: SOFT_BASIS,
      },
    ]),
  },
  examples: {
    bad: [
      '专家评审由审批部门组织，[[评审费用由申请人承担]]。',
      '市场监督管理部门组织的产品质量监督[[抽查所需检验费用由被抽查企业承担]]。',
    ],
    good: [
      '审批部门在审批过程中委托开展技术审查的，审查费用由审批部门承担，不得转嫁申请人。',
      '复检结论表明产品不合格的，复检费用由生产者承担。',
      { text: '监督抽查所需检验费用由被抽查企业承担。', docType: 'law' },
    ],
  },
});
