import { defineRule } from '../define-rule';
import { regexCheck } from '../unauthorized-penalty/_powers';

/**
 * 摊派: forcing units or people to buy, subscribe, donate or pay, often with a quota and a sanction (扣减经费). The
 * prohibition gate keeps 不得摊派 quiet; an 自愿/鼓励 clause is quiet by the encouragement gate.
 */
export default defineRule({
  id: 'apportionment-and-fund-deduction',
  category: 'unauthorized-fee',
  title: '摊派费用、消费任务或以扣减经费强制完成',
  message:
    '向单位、企业或个人下达购买、订阅、捐赠、集资、消费等任务指标，或以扣减财政经费、补助资金等方式迫使完成，属于摊派；没有法律、法规依据，不得要求市场主体提供财力、物力、人力。',
  suggestion: '删除任务指标和扣减经费的规定；确需开展的消费帮扶、捐赠等活动，明确为自愿参加，不与考核、经费挂钩。',
  basis: [
    { law: '优化营商环境条例', article: '第六十九条' },
    { law: '优化营商环境条例', article: '第十七条' },
  ],
  docTypes: { law: 'off', 'administrative-regulation': 'off', 'local-regulation': 'off', internal: 'warning' },
  match: {
    type: 'clause',
    anchors: ['摊派', '任务', '指标', '计划', '份额', '扣减', '扣除', '抵扣', '扣拨', '核减', '扣回'],
    check: regexCheck([
      { re: '(?<m>(?:强行|变相)?摊派(?:消费|费用|任务|款项)?)' },
      {
        re: '(?<m>(?:订阅|订购|认购|购买|采购|消费|用烟|用酒|捐款|捐赠|集资|赞助|销售|推销)[^。；，]{0,8}?(?:任务|指标|计划|份额)(?:数)?)',
        severity: 'warning',
        test: (_m, c) => /分解|下达|分配|落实到|完成|下发|分派|摊|任务表|计划表|按[^。]{0,6}(?:人|户|单位)/.test(c.sentence) && !/鼓励|自愿|倡议/.test(c.sentence),
      },
      {
        re: '(?<m>(?:扣减|扣除|抵扣|扣拨|核减|扣回)[^。；，]{0,14}?(?:公用经费|财政经费|工作经费|经费|转移支付|补助资金|财政补助|奖补资金|绩效奖金|办公经费))',
        severity: 'warning',
        test: (_m, c) => /未完成|完不成|没有完成|不足|差额|所欠|按每|未达到|欠/.test(c.sentence),
      },
    ]),
  },
  examples: {
    bad: [
      '将全年公务用烟指标分解至各县直机关和乡镇，实行[[摊派消费]]。',
      '各单位要按照下达的[[报刊订阅任务]]，于三月底前完成征订工作。',
      '未完成用烟计划的单位，由财政部门直接[[扣减该单位公用经费]]。',
    ],
    good: [
      '任何单位不得向企业摊派费用，不得强制企业参加评比、达标活动。',
      '鼓励机关、企事业单位自愿参与消费帮扶，优先采购脱贫地区农副产品。',
      '各乡镇要将年度植树造林任务分解落实到村，确保按期完成。',
      '项目单位未按期完成建设任务的，按照协议约定扣回已拨付的补助资金。',
    ],
  },
});
